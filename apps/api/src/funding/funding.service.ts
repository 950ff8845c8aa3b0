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
}
