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
import { AppConfig } from '../../config/app-config';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import { identify } from './identity';

function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** Global guard: allows what is public, checks roles of role rules, denies everything without a rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) throw new ForbiddenException('Geen toegangsregel voor deze bewerking');
    if (rule.kind === 'public') return true;
    const result = identify(requestOf(context), this.config);
    if (result.kind === 'anonymous') throw new UnauthorizedException('Aanmelden vereist');
    if (result.kind === 'invalid') throw new UnauthorizedException('Ongeldige of verlopen sessie');
    if (!rule.roles.some((role) => result.identity.roles.includes(role))) {
      throw new ForbiddenException(`Alleen voor ${rule.roles.join(' of ')}`);
    }
    return true;
  }
}
