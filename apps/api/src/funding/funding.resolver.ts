import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { BadInputError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { SetFundingParametersArgs } from './dto/set-funding-parameters.args';
import { checkCalendarYear } from './funding-fields.resolver';
import { toFundingParameter } from './funding.mapper';
import { FundingService } from './funding.service';
import { FundingParameter } from './models/funding-parameter.model';

@Resolver(() => FundingParameter)
export class FundingResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => [FundingParameter], {
    description: 'Funding formula parameters per calendar year, oldest first.',
  })
  async fundingParameters(): Promise<FundingParameter[]> {
    return (await this.funding.allParameters()).map(toFundingParameter);
  }

  @Roles('swv-staff')
  @Mutation(() => FundingParameter, {
    description:
      'Sets the basisondersteuning formula of a calendar year (insert or replace). SWV staff only.',
  })
  async setFundingParameters(
    @Args() args: SetFundingParametersArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<FundingParameter> {
    checkCalendarYear(args.calendarYear, 'calendarYear');
    checkAmount(args.basePerLocation, 'basePerLocation', 10_000_000);
    checkAmount(args.perPupil, 'perPupil', 100_000);
    const note = args.note?.trim() || null;
    if (note !== null && note.length > 1000)
      throw new BadInputError('note mag hoogstens 1000 tekens lang zijn', 'note');
    const identity = identify(ctx.req, this.config);
    const saved = await this.funding.setParameters({
      calendarYear: args.calendarYear,
      basePerLocation: args.basePerLocation,
      perPupil: args.perPupil,
      note,
      source: identity.kind === 'identified' ? `ingevoerd door ${identity.identity.subject}` : 'ingevoerd',
    });
    return toFundingParameter(saved);
  }
}

function checkAmount(value: number, argument: string, max: number): void {
  if (!Number.isFinite(value) || value < 0 || value > max)
    throw new BadInputError(
      `${argument} moet een bedrag tussen 0 en ${max} euro zijn, niet ${value}`,
      argument,
    );
  if (Math.round(value * 100) !== value * 100)
    throw new BadInputError(`${argument} mag hoogstens twee decimalen hebben (${value})`, argument);
}
