import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FundingParameterEntity } from './funding-parameter.entity';
import { FundingResolver } from './funding.resolver';
import { FundingService } from './funding.service';

@Module({
  imports: [TypeOrmModule.forFeature([FundingParameterEntity])],
  providers: [FundingService, FundingResolver],
  exports: [FundingService],
})
export class FundingModule {}
