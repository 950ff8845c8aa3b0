import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Request } from 'express';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { AppConfig } from '../../config/app-config';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import { CallerDirectory } from './caller-directory';
import { attachIdentity, CSRF_HEADER, identifyBearer, type IdentityResult, sessionTokenOf } from './identity';

interface Call {
  req: Request;
  /** `Mutation.publishSop`, `POST /api/uploads/sop`, … */
  operation: string;
  /** Changes state: a GraphQL mutation or an HTTP method other than GET/HEAD/OPTIONS. */
  writes: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function callOf(context: ExecutionContext): Call {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const kind = info.operation.operation;
    return {
      req: gql.getContext<{ req: Request }>().req,
      operation: `${info.parentType.name}.${info.fieldName}`,
      writes: kind === OperationTypeNode.MUTATION,
    };
  }
  const req = context.switchToHttp().getRequest<Request>();
  return { req, operation: `${req.method} ${req.path}`, writes: !SAFE_METHODS.has(req.method) };
}

/**
 * Global guard: resolves the caller (bearer service token or session cookie), refuses cookie-authenticated writes
 * without the CSRF header, allows what is public, checks the roles of role rules, denies everything without a
 * rule. Refusals of writes by a known caller are audited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly callers: CallerDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) throw new ForbiddenException('Geen toegangsregel voor deze bewerking');
    const call = callOf(context);
    const { result, viaCookie } = await this.resolve(call.req);
    if (viaCookie && call.writes && call.req.headers[CSRF_HEADER] === undefined) {
      if (result.kind === 'identified') {
        await this.callers.recordRefusal(result.identity, call.operation, 'csrf-header-ontbreekt');
      }
      throw new ForbiddenException(`Header ${CSRF_HEADER} ontbreekt (CSRF-bescherming)`);
    }
    if (rule.kind === 'public') return true;
    if (result.kind === 'anonymous') throw new UnauthorizedException('Aanmelden vereist');
    if (result.kind === 'invalid') throw new UnauthorizedException('Ongeldige of verlopen sessie');
    if (!rule.roles.some((role) => result.identity.roles.includes(role))) {
      if (call.writes) {
        await this.callers.recordRefusal(
          result.identity,
          call.operation,
          `rol vereist: ${rule.roles.join('|')}`,
        );
      }
      throw new ForbiddenException(`Alleen voor ${rule.roles.join(' of ')}`);
    }
    return true;
  }

  /** Once per request (a GraphQL request passes the guard once per root field). */
  private async resolve(req: Request): Promise<{ result: IdentityResult; viaCookie: boolean }> {
    const token = sessionTokenOf(req);
    const viaCookie = token !== null && (req.headers.authorization ?? '') === '';
    const cached = cache.get(req);
    if (cached) return { result: cached, viaCookie };
    let result = identifyBearer(req, this.config);
    if (result.kind === 'anonymous' && token !== null) {
      const identity = await this.callers.resolveSession(token);
      result = identity ? { kind: 'identified', identity } : { kind: 'invalid' };
    }
    cache.set(req, result);
    attachIdentity(req, result);
    return { result, viaCookie };
  }
}

const cache = new WeakMap<object, IdentityResult>();
