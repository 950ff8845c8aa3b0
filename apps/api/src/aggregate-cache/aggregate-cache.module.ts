import { Global, Module } from '@nestjs/common';
import { AggregateCache } from './aggregate-cache';
import { DataVersionService } from './data-version.service';
import { GraphqlEtag } from './graphql-etag';

/** The data version, the in-process cache of aggregates and the ETag of public GET queries (ADR 0002). */
@Global()
@Module({
  providers: [DataVersionService, AggregateCache, GraphqlEtag],
  exports: [DataVersionService, AggregateCache, GraphqlEtag],
})
export class AggregateCacheModule {}
