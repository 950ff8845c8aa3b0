import { SetMetadata } from '@nestjs/common';

/**
 * Every query, mutation and controller route carries one explicit access rule. The guard denies anything without
 * one, and a test walks all resolvers to fail on a missing rule. A later accounts issue adds role rules here.
 */
export const ACCESS_RULE = 'sop-atlas:access-rule';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly string[] };

/** Anyone may call this, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { kind: 'public' });
