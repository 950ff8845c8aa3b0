import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The SWV's publishing policy for imported SOP documents." })
export class PublishingPolicy {
  @Field(() => Boolean, {
    description:
      'Publish imported documents without warnings directly (default false: every import a draft).',
  })
  publishCleanImports!: boolean;
}

@ObjectType({ description: 'What "publish all ready" did.' })
export class PublishAllReadyResult {
  @Field(() => Int)
  publishedCount!: number;

  @Field(() => [ID], { description: 'The published SOP versions.' })
  publishedSopIds!: string[];

  @Field(() => Int, { description: 'Ready SOPs that changed meanwhile and were left as they are.' })
  skippedCount!: number;

  @Field(() => Int, { description: 'Drafts and in-review SOPs still waiting (they have open warnings).' })
  waitingCount!: number;
}

@ObjectType({ description: 'Where the imported documents stand: ready, to review, to match.' })
export class ImportQueueSummary {
  @Field(() => Int, { description: 'Drafts without open warnings: "publish all ready" publishes these.' })
  ready!: number;

  @Field(() => Int, { description: 'Drafts with open warnings.' })
  needsReview!: number;

  @Field(() => Int, { description: 'Documents waiting "te koppelen" to a school.' })
  toMatch!: number;
}
