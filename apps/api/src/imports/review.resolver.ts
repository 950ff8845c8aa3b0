import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify, type Identity } from '../common/auth/identity';
import { keyAndIdCursor, requireUuid } from '../common/args';
import { NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { type Connection, pageSize, toConnection } from '../common/pagination/connection';
import { AppConfig } from '../config/app-config';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SchoolByIdLoader } from '../schools/schools.loaders';
import { Sop } from '../sops/models/sop.model';
import { toSop } from '../sops/sop.mapper';
import { CorrectSopFieldArgs, DraftsArgs, PublishSopArgs, SopReviewArgs } from './dto/review.args';
import { SopDraft, SopDraftConnection, SopReview } from './models/review.model';
import { toSopDraft, toSopReview } from './review.mapper';
import { SopReviewService } from './review.service';

/** Staff review of imported SOPs: the draft list, the review view, field corrections and publishing. */
@Resolver(() => SopDraft)
export class SopReviewResolver {
  constructor(
    private readonly review: SopReviewService,
    private readonly schoolById: SchoolByIdLoader,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Query(() => SopDraftConnection, { description: 'Draft and in-review SOPs, newest first.' })
  async drafts(@Args() { first, after }: DraftsArgs): Promise<Connection<SopDraft>> {
    const size = pageSize(first);
    const cursor = after === null || after === undefined ? null : keyAndIdCursor(after);
    const page = await this.review.findDrafts(size, cursor && { createdAt: cursor[0], id: cursor[1] });
    return toConnection(page, (row) => row.cursorKey, toSopDraft);
  }

  @Roles('swv-staff')
  @Query(() => SopReview, { description: 'An SOP with its import warnings beside the source text.' })
  async sopReview(@Args() { sopId }: SopReviewArgs): Promise<SopReview> {
    requireUuid(sopId, 'SOP', 'sopId');
    const data = await this.review.review(sopId);
    if (!data) throw new NotFoundError('SOP', 'sopId', sopId);
    return toSopReview(data);
  }

  @Roles('swv-staff')
  @Mutation(() => Sop, {
    description:
      'Corrects one field of a draft: returns the new version (the corrected one is kept, archived). ' +
      'A stale expectedVersion gives a CONFLICT error.',
  })
  async correctSopField(@Args() args: CorrectSopFieldArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    requireUuid(args.sopId, 'SOP', 'sopId');
    const sop = await this.review.correctField({
      sopId: args.sopId,
      path: args.path,
      value: args.value ?? null,
      resolveWarning: args.resolveWarning,
      expectedVersion: args.expectedVersion,
      actor: this.actor(ctx),
      ...this.identityOf(ctx),
    });
    return toSop(sop);
  }

  @Roles('swv-staff')
  @Mutation(() => Sop, {
    description:
      'Publishes a draft as a new published version; archives the previously published SOP of that school year. ' +
      'Refused while ambiguous-cell warnings are unresolved, unless force.',
  })
  async publishSop(@Args() args: PublishSopArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    requireUuid(args.sopId, 'SOP', 'sopId');
    return toSop(await this.review.publish({ ...args, ...this.identityOf(ctx) }));
  }

  @ResolveField(() => School)
  async school(@Parent() draft: SopDraft, @Context() ctx: GraphqlContext): Promise<School> {
    const school = await ctx.loaders.for(this.schoolById).load(draft.schoolId);
    if (!school) throw new NotFoundError('School', 'schoolId', draft.schoolId);
    return toSchool(school);
  }

  /** The caller, for RLS and the audit trail of corrections and publishing. */
  private identityOf(ctx: GraphqlContext): { identity?: Identity } {
    const result = identify(ctx.req, this.config);
    return result.kind === 'identified' ? { identity: result.identity } : {};
  }

  private actor(ctx: GraphqlContext): string {
    const result = identify(ctx.req, this.config);
    return result.kind === 'identified' ? result.identity.label : 'onbekend';
  }
}
