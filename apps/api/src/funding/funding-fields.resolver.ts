import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadInputError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { School } from '../schools/models/school.model';
import { Sop } from '../sops/models/sop.model';
import { toFunding } from './funding-figures';
import { FundingBasisLoader, fundingBasisKey, SchoolFundingLoader } from './funding.loaders';
import { Funding } from './models/funding.model';

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

export function checkCalendarYear(year: number, argument: string): void {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR)
    throw new BadInputError(
      `${argument} moet een kalenderjaar tussen ${MIN_CALENDAR_YEAR} en ${MAX_CALENDAR_YEAR} zijn, niet ${year}`,
      argument,
    );
}

@Resolver(() => School)
export class SchoolFundingResolver {
  constructor(private readonly schoolFunding: SchoolFundingLoader) {}

  @ResolveField(() => Funding, {
    nullable: true,
    description:
      'Basisondersteuning for a calendar year (default: the newest year a published SOP states); null when no ' +
      'year is given and no published SOP states an amount.',
  })
  async funding(
    @Parent() school: School,
    @Context() ctx: GraphqlContext,
    @Args('calendarYear', { type: () => Int, nullable: true }) calendarYear?: number | null,
  ): Promise<Funding | null> {
    if (calendarYear !== undefined && calendarYear !== null) checkCalendarYear(calendarYear, 'calendarYear');
    const found = await ctx.loaders.for(this.schoolFunding).load(`${school.id}|${calendarYear ?? ''}`);
    if (found.calendarYear === null) return null;
    return toFunding(found.calendarYear, found.statedAmount, found.basis);
  }
}

@Resolver(() => Sop)
export class SopFundingResolver {
  constructor(private readonly basis: FundingBasisLoader) {}

  @ResolveField(() => Funding, {
    nullable: true,
    description:
      "The SOP's stated basisondersteuning against the formula; null when it states no calendar year.",
  })
  async funding(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<Funding | null> {
    if (sop.fundingYear === null) return null;
    const basis = await ctx.loaders.for(this.basis).load(fundingBasisKey(sop.schoolId, sop.fundingYear));
    return toFunding(sop.fundingYear, sop.fundingAmount, basis);
  }
}
