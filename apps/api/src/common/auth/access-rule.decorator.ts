import { SetMetadata } from '@nestjs/common';

/**
 * Every query, mutation and controller route carries one explicit access rule. The guard denies anything without
 * one, and a test walks all resolvers to fail on a missing rule.
 */
export const ACCESS_RULE = 'sop-atlas:access-rule';

export const ROLES = ['school-editor', 'swv-staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone may call this, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { kind: 'public' });

/** Only callers holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles });
