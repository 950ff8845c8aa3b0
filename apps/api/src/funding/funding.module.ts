import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FundingParameterEntity } from './funding-parameter.entity';
import { SchoolFundingResolver, SopFundingResolver } from './funding-fields.resolver';
import { FUNDING_LOADERS } from './funding.loaders';
import { FundingResolver } from './funding.resolver';
import { FundingService } from './funding.service';

@Module({
  imports: [TypeOrmModule.forFeature([FundingParameterEntity])],
  providers: [FundingService, FundingResolver, SchoolFundingResolver, SopFundingResolver, ...FUNDING_LOADERS],
  exports: [FundingService],
})
export class FundingModule {}
