import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify, type Identity } from '../common/auth/identity';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { SopReviewService } from './review.service';
import { PublishAllReadyArgs, SetPublishingPolicyArgs } from './dto/publishing.args';
import { ImportQueueSummary, PublishAllReadyResult, PublishingPolicy } from './models/publishing.model';
import { publishCleanImports, setPublishCleanImports } from './publishing-policy';

/** Bulk publishing for staff: the SWV's policy for clean imports, "publish all ready" and the queue's figures. */
@Resolver(() => PublishingPolicy)
export class PublishingResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly review: SopReviewService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Query(() => PublishingPolicy)
  async publishingPolicy(): Promise<PublishingPolicy> {
    return { publishCleanImports: await publishCleanImports(this.dataSource.manager) };
  }

  @Roles('swv-staff')
  @Mutation(() => PublishingPolicy, {
    description:
      'Sets the policy "publish documents without warnings directly" (audited as setting.changed).',
  })
  async setPublishingPolicy(
    @Args() { publishCleanImports: value }: SetPublishingPolicyArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<PublishingPolicy> {
    const identity = this.identityOf(ctx);
    const saved = await this.dataSource.transaction((manager) =>
      setPublishCleanImports(manager, value, identity, identity?.label ?? 'onbekend'),
    );
    return { publishCleanImports: saved };
  }

  @Roles('swv-staff')
  @Mutation(() => PublishAllReadyResult, {
    description: 'Publishes every draft without open warnings in one action (each audited as a publication).',
  })
  async publishAllReady(
    @Args() { schoolYear }: PublishAllReadyArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<PublishAllReadyResult> {
    const identity = this.identityOf(ctx);
    const result = await this.review.publishAllReady({
      schoolYear: schoolYear ?? null,
      ...(identity ? { identity } : {}),
    });
    return {
      publishedCount: result.published.length,
      publishedSopIds: result.published,
      skippedCount: result.skipped,
      waitingCount: result.waiting,
    };
  }

  @Roles('swv-staff')
  @Query(() => ImportQueueSummary, { description: 'Drafts ready or needing review, and documents to match.' })
  async importQueueSummary(): Promise<ImportQueueSummary> {
    const [row] = await this.dataSource.query<{ ready: number; review: number; match: number }[]>(
      `SELECT
         count(*) FILTER (WHERE NOT w.open)::int AS ready,
         count(*) FILTER (WHERE w.open)::int AS review,
         (SELECT count(*)::int FROM school_match WHERE resolved_at IS NULL) AS match
       FROM sop s
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM sop_warning x WHERE x.sop_id = s.id AND x.resolved_at IS NULL) AS open) w
       WHERE s.status IN ('draft', 'in-review')`,
    );
    return { ready: row?.ready ?? 0, needsReview: row?.review ?? 0, toMatch: row?.match ?? 0 };
  }

  private identityOf(ctx: GraphqlContext): Identity | null {
    const result = identify(ctx.req, this.config);
    return result.kind === 'identified' ? result.identity : null;
  }
}
