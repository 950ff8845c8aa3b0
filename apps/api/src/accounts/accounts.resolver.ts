import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, type Role, ROLES, Roles } from '../common/auth/access-rule.decorator';
import { identify, type Identity, SESSION_COOKIE, sessionTokenOf } from '../common/auth/identity';
import { BadInputError, NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { addressOf } from './client-address';
import { toMe, toUserAccount } from './accounts.mapper';
import { AccountsService } from './accounts.service';
import {
  CreateUserAccountArgs,
  SetUserAccountDisabledArgs,
  UserAccountIdArgs,
} from './dto/user-account.args';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SchoolByIdLoader } from '../schools/schools.loaders';
import { UserAccount } from './models/user-account.model';
import { LoginArgs } from './dto/login.args';
import { Me } from './models/me.model';
import { AuthProvider } from './models/auth-provider.model';
import { OIDC_LOGIN_PATH } from './oidc/oidc.controller';
import { newSessionCookieOptions, sessionCookieOptions } from './session-cookie';
import { requireUuid } from '../common/args';

const MAX_EMAIL = 254;
const MAX_PASSWORD = 1024;

/** Local login with a session cookie, logout, and who am I; admin account management (`UserAccount.schools`). */
@Resolver(() => UserAccount)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
    private readonly schoolById: SchoolByIdLoader,
  ) {}

  @Public()
  @Query(() => Me, {
    nullable: true,
    description: 'The signed-in caller; null when anonymous or the session expired.',
  })
  me(@Context() ctx: GraphqlContext): Me | null {
    const result = identify(ctx.req, this.config);
    return result.kind === 'identified' ? toMe(result.identity) : null;
  }

  @Public()
  @Query(() => [AuthProvider], {
    description: 'Sign-in methods besides email + password (OpenID Connect); empty when none is configured.',
  })
  authProviders(): AuthProvider[] {
    const oidc = this.config.oidc;
    return oidc === null ? [] : [{ id: 'oidc', label: oidc.label, loginUrl: OIDC_LOGIN_PATH }];
  }

  @Public()
  @Mutation(() => Me, {
    description:
      'Signs in with email and password and sets an httpOnly session cookie. Wrong credentials, a locked ' +
      'account (5 failures → 15 minutes) or too many failures from one address give UNAUTHENTICATED.',
  })
  async login(@Args() { email, password }: LoginArgs, @Context() ctx: GraphqlContext): Promise<Me> {
    if (email.length === 0 || email.length > MAX_EMAIL)
      throw new BadInputError('ongeldig e-mailadres', 'email');
    if (password.length === 0 || password.length > MAX_PASSWORD) {
      throw new BadInputError(`wachtwoord moet 1..${MAX_PASSWORD} tekens hebben`, 'password');
    }
    const session = await this.accounts.login(email, password, addressOf(ctx.req));
    ctx.req.res?.cookie(SESSION_COOKIE, session.token, newSessionCookieOptions(this.config));
    return toMe(session.identity);
  }

  @Roles('school-editor', 'swv-staff', 'admin')
  @Mutation(() => Boolean, { description: 'Ends the session of the cookie and clears the cookie.' })
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    const token = sessionTokenOf(ctx.req);
    if (token !== null) await this.accounts.logout(token);
    ctx.req.res?.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
    return token !== null;
  }

  @Roles('admin')
  @Query(() => [UserAccount], { description: 'Every account (admin).' })
  async userAccounts(): Promise<UserAccount[]> {
    return (await this.accounts.listAccounts()).map(toUserAccount);
  }

  @Roles('admin')
  @Mutation(() => UserAccount, { description: 'Creates a local account (admin).' })
  async createUserAccount(
    @Args() args: CreateUserAccountArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<UserAccount> {
    const roles = args.roles.map((role, i) => {
      if (!(ROLES as readonly string[]).includes(role)) {
        throw new BadInputError(`onbekende rol '${role}' (${ROLES.join(', ')})`, `roles[${i}]`);
      }
      return role as Role;
    });
    args.schoolIds.forEach((id, i) => {
      requireUuid(id, 'School', `schoolIds[${i}]`);
    });
    if (args.displayName.length > 200)
      throw new BadInputError('displayName: hoogstens 200 tekens', 'displayName');
    if (args.password.length > MAX_PASSWORD) throw new BadInputError('wachtwoord te lang', 'password');
    const row = await this.accounts.createAccount(this.caller(ctx), {
      email: args.email,
      displayName: args.displayName,
      password: args.password,
      roles,
      schoolIds: args.schoolIds,
    });
    return toUserAccount(row);
  }

  @Roles('admin')
  @Mutation(() => UserAccount, {
    description: 'Disables (ends its sessions) or re-enables an account (admin).',
  })
  async setUserAccountDisabled(
    @Args() { userId, disabled }: SetUserAccountDisabledArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<UserAccount> {
    requireUuid(userId, 'Account', 'userId');
    const row = await this.accounts.setDisabled(this.caller(ctx), userId, disabled);
    if (!row) throw new NotFoundError('Account', 'userId', userId);
    return toUserAccount(row);
  }

  @Roles('admin')
  @Mutation(() => UserAccount, {
    description: 'Clears the failed-login count and the lockout of an account (admin, audited).',
  })
  async unlockUserAccount(
    @Args() { userId }: UserAccountIdArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<UserAccount> {
    requireUuid(userId, 'Account', 'userId');
    const row = await this.accounts.unlock(this.caller(ctx), userId);
    if (!row) throw new NotFoundError('Account', 'userId', userId);
    return toUserAccount(row);
  }

  @ResolveField(() => [School], {
    description: 'The schools of `schoolIds` (one batched lookup for the whole list), by name.',
  })
  async schools(@Parent() account: UserAccount, @Context() ctx: GraphqlContext): Promise<School[]> {
    const rows = await ctx.loaders.for(this.schoolById).loadMany(account.schoolIds);
    const schools: School[] = [];
    for (const row of rows) {
      if (row instanceof Error) throw row;
      if (row !== null) schools.push(toSchool(row));
    }
    return schools.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  private caller(ctx: GraphqlContext): Identity {
    const result = identify(ctx.req, this.config);
    if (result.kind !== 'identified') throw new BadInputError('aanmelden vereist', 'userId');
    return result.identity;
  }
}
