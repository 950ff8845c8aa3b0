import { Global, Module } from '@nestjs/common';
import { CallerDirectory } from '../common/auth/caller-directory';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LocalIdentityProvider } from './local-identity.provider';
import { OidcClient } from './oidc/oidc-client';
import { OidcIdentityProvider } from './oidc/oidc-identity.provider';
import { OidcLoginService } from './oidc/oidc-login.service';
import { OidcController } from './oidc/oidc.controller';
import { SessionsService } from './sessions.service';
import { SchoolsModule } from '../schools/schools.module';

/** Accounts, sessions, local and OpenID Connect login; provides the guard's `CallerDirectory`. */
@Global()
@Module({
  imports: [SchoolsModule],
  controllers: [OidcController],
  providers: [
    LocalIdentityProvider,
    OidcIdentityProvider,
    OidcClient,
    OidcLoginService,
    SessionsService,
    AccountsService,
    AccountsResolver,
    { provide: CallerDirectory, useExisting: AccountsService },
  ],
  exports: [AccountsService, SessionsService, CallerDirectory],
})
export class AccountsModule {}
