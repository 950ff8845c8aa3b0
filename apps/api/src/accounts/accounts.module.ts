import { Global, Module } from '@nestjs/common';
import { CallerDirectory } from '../common/auth/caller-directory';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LocalIdentityProvider } from './local-identity.provider';
import { SessionsService } from './sessions.service';
import { SchoolsModule } from '../schools/schools.module';

/** Accounts, sessions and local login; provides the guard's `CallerDirectory`. */
@Global()
@Module({
  imports: [SchoolsModule],
  providers: [
    LocalIdentityProvider,
    SessionsService,
    AccountsService,
    AccountsResolver,
    { provide: CallerDirectory, useExisting: AccountsService },
  ],
  exports: [AccountsService, SessionsService, CallerDirectory],
})
export class AccountsModule {}
