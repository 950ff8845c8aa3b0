import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';

/** Global guard: allows what is explicitly public, denies everything without a rule (and, for now, role rules). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) throw new ForbiddenException('Geen toegangsregel voor deze bewerking');
    if (rule.kind === 'public') return true;
    throw new ForbiddenException('Aanmelden is nog niet mogelijk');
  }
}
