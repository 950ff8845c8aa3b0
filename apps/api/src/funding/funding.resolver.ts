import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access-rule.decorator';
import { toFundingParameter } from './funding.mapper';
import { FundingService } from './funding.service';
import { FundingParameter } from './models/funding-parameter.model';

@Resolver(() => FundingParameter)
export class FundingResolver {
  constructor(private readonly funding: FundingService) {}

  @Public()
  @Query(() => [FundingParameter], {
    description: 'Funding formula parameters per calendar year, oldest first.',
  })
  async fundingParameters(): Promise<FundingParameter[]> {
    return (await this.funding.allParameters()).map(toFundingParameter);
  }
}
