import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AggregateCache } from './aggregate-cache';
import { DataVersionService } from './data-version.service';
import { GraphqlEtag, KeptAnswers } from './graphql-etag';

/** The data version, the in-process cache of aggregates and the ETag of public GET queries (ADR 0002). */
@Global()
@Module({
  providers: [DataVersionService, AggregateCache, GraphqlEtag, KeptAnswers],
  exports: [DataVersionService, AggregateCache, GraphqlEtag, KeptAnswers],
})
export class AggregateCacheModule implements NestModule {
  /** After the request log (registered by the logger module before this one), before Apollo's route. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlEtag).forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }
}
