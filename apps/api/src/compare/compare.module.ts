import { Module } from '@nestjs/common';
import { FundingBasisLoader } from '../funding/funding.loaders';
import { CompareResolver } from './compare.resolver';
import { CompareService } from './compare.service';

@Module({ providers: [CompareService, CompareResolver, FundingBasisLoader] })
export class CompareModule {}
