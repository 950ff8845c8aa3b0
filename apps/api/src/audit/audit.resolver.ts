import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access-rule.decorator';
import { hasRole, identify } from '../common/auth/identity';
import { BadInputError, ForbiddenError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { toAuditEvent } from './audit.mapper';
import { AuditService, MAX_TRAIL } from './audit.service';
import { AuditTrailArgs } from './dto/audit-trail.args';
import { AuditEvent } from './models/audit-event.model';
import { requireUuid } from '../common/args';

const MAX_PATH = 200;

/** The audit trail of a school: staff see every school, school editors only their own. */
@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff', 'school-editor')
  @Query(() => [AuditEvent], {
    description: `Changes and refused attempts for a school, oldest first (at most ${MAX_TRAIL}).`,
  })
  async auditTrail(
    @Args() { schoolId, path }: AuditTrailArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AuditEvent[]> {
    requireUuid(schoolId, 'School', 'schoolId');
    if (path !== null && path !== undefined && (path.length === 0 || path.length > MAX_PATH)) {
      throw new BadInputError(`path moet 1..${MAX_PATH} tekens hebben`, 'path');
    }
    const result = identify(ctx.req, this.config);
    if (result.kind !== 'identified') throw new ForbiddenError('Aanmelden vereist', 'schoolId');
    const identity = result.identity;
    if (!hasRole(identity, 'swv-staff') && !identity.schoolIds.includes(schoolId)) {
      throw new ForbiddenError('Alleen de eigen scholen van een schoolredacteur', 'schoolId');
    }
    const events = await this.audit.trail(schoolId, path ?? null);
    return events.map(toAuditEvent);
  }
}
