import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { FundingParameterEntity } from './funding-parameter.entity';

@Injectable()
export class FundingService {
  constructor(
    @InjectRepository(FundingParameterEntity) private readonly parameters: Repository<FundingParameterEntity>,
  ) {}

  async allParameters(): Promise<FundingParameterEntity[]> {
    return this.parameters.find({ order: { calendarYear: 'ASC' } });
  }

  /** Inserts or replaces the formula of one calendar year. */
  async setParameters(values: {
    calendarYear: number;
    basePerLocation: number;
    perPupil: number;
    note: string | null;
    source: string | null;
  }): Promise<FundingParameterEntity> {
    await this.parameters.upsert(values, ['calendarYear']);
    return this.parameters.findOneByOrFail({ calendarYear: values.calendarYear });
  }
}
