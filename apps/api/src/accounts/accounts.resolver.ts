import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { type Request } from 'express';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { identify, SESSION_COOKIE, sessionTokenOf } from '../common/auth/identity';
import { BadInputError } from '../common/errors/graphql-errors';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { toMe } from './accounts.mapper';
import { AccountsService, LoginError } from './accounts.service';
import { LoginArgs } from './dto/login.args';
import { Me } from './models/me.model';
import { SESSION_HOURS } from './sessions.service';

const MAX_EMAIL = 254;
const MAX_PASSWORD = 1024;

function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'onbekend';
}

/** Local login with a session cookie, logout, and who am I. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
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
    try {
      const session = await this.accounts.login(email, password, addressOf(ctx.req));
      ctx.req.res?.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.isProduction,
        path: '/',
        maxAge: SESSION_HOURS * 3600_000,
      });
      return toMe(session.identity);
    } catch (error) {
      if (error instanceof LoginError) {
        throw new GraphQLError(error.message, {
          extensions: { code: 'UNAUTHENTICATED', reason: error.kind },
        });
      }
      throw error;
    }
  }

  @Roles('school-editor', 'swv-staff', 'admin')
  @Mutation(() => Boolean, { description: 'Ends the session of the cookie and clears the cookie.' })
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    const token = sessionTokenOf(ctx.req);
    if (token !== null) await this.accounts.logout(token);
    ctx.req.res?.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: '/',
    });
    return token !== null;
  }
}
