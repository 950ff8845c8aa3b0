import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type SopDocument } from '@sop-atlas/sop-model';
import { maySeeDrafts } from '../common/auth/identity';
import { JsonScalar } from '../common/graphql/json.scalar';
import { Public } from '../common/auth/access-rule.decorator';
import { NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SchoolByIdLoader } from '../schools/schools.loaders';
import { SchoolsService } from '../schools/schools.service';
import { SopArgs } from './dto/sop.args';
import {
  ProvenanceEntry,
  SopExpertiseRow,
  SopExtraOffer,
  SopFacilityRow,
  SopHgwRow,
  SopPartnerRow,
  SopWarning,
} from './models/sop-rows.model';
import { Sop } from './models/sop.model';
import {
  toExpertiseRow,
  toExtraOffer,
  toFacilityRow,
  toHgwRow,
  toPartnerRow,
  toProvenanceEntries,
  toSop,
  toWarning,
} from './sop.mapper';
import {
  ExpertiseBySopLoader,
  ExtraOffersBySopLoader,
  FacilitiesBySopLoader,
  HgwBySopLoader,
  PartnersBySopLoader,
  DocumentBySopLoader,
  SopsBySchoolLoader,
  WarningsBySopLoader,
} from './sops.loaders';
import { SopsService } from './sops.service';

@Resolver(() => Sop)
export class SopsResolver {
  constructor(
    private readonly sops: SopsService,
    private readonly schools: SchoolsService,
    private readonly schoolById: SchoolByIdLoader,
    private readonly hgwBySop: HgwBySopLoader,
    private readonly expertiseBySop: ExpertiseBySopLoader,
    private readonly partnersBySop: PartnersBySopLoader,
    private readonly facilitiesBySop: FacilitiesBySopLoader,
    private readonly extraOffersBySop: ExtraOffersBySopLoader,
    private readonly warningsBySop: WarningsBySopLoader,
    private readonly documentBySop: DocumentBySopLoader,
  ) {}

  @Public()
  @Query(() => Sop, { description: 'The SOP of a school for a school year, or its latest published SOP.' })
  async sop(@Args() { schoolId, schoolYear }: SopArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    const sop = await this.sops.findForSchool(schoolId, schoolYear);
    // unpublished versions only for staff and the school's own editors
    if (sop && (sop.status === 'published' || maySeeDrafts(ctx.req, schoolId))) return toSop(sop);
    if (!(await this.schools.findById(schoolId))) throw new NotFoundError('School', 'schoolId', schoolId);
    if (schoolYear) throw new NotFoundError('SOP van deze school', 'schoolYear', schoolYear);
    throw new NotFoundError('Gepubliceerd SOP van school', 'schoolId', schoolId);
  }

  @ResolveField(() => School)
  async school(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<School> {
    const school = await ctx.loaders.for(this.schoolById).load(sop.schoolId);
    if (!school) throw new NotFoundError('School', 'schoolId', sop.schoolId);
    return toSchool(school);
  }

  @ResolveField(() => [SopHgwRow])
  async hgw(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopHgwRow[]> {
    return (await ctx.loaders.for(this.hgwBySop).load(sop.id)).map(toHgwRow);
  }

  @ResolveField(() => [SopExpertiseRow])
  async expertise(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopExpertiseRow[]> {
    return (await ctx.loaders.for(this.expertiseBySop).load(sop.id)).map(toExpertiseRow);
  }

  @ResolveField(() => [SopPartnerRow])
  async partners(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopPartnerRow[]> {
    return (await ctx.loaders.for(this.partnersBySop).load(sop.id)).map(toPartnerRow);
  }

  @ResolveField(() => [SopFacilityRow])
  async facilities(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopFacilityRow[]> {
    return (await ctx.loaders.for(this.facilitiesBySop).load(sop.id)).map(toFacilityRow);
  }

  @ResolveField(() => [SopExtraOffer])
  async extraOffers(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopExtraOffer[]> {
    return (await ctx.loaders.for(this.extraOffersBySop).load(sop.id)).map(toExtraOffer);
  }

  @ResolveField(() => [SopWarning])
  async warnings(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopWarning[]> {
    return (await ctx.loaders.for(this.warningsBySop).load(sop.id)).map(toWarning);
  }

  @ResolveField(() => [ProvenanceEntry], { description: 'Where each value was read, by field path.' })
  async provenance(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<ProvenanceEntry[]> {
    const document = await ctx.loaders.for(this.documentBySop).load(sop.id);
    return toProvenanceEntries(document?.provenance ?? {});
  }

  @ResolveField(() => JsonScalar, {
    description:
      'The canonical SOP document (schemaVersion 1, see sop.schema.json) as stored: every value with its field ' +
      'path, as `updateDraftField` and `correctSopField` address them.',
  })
  async document(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SopDocument> {
    const document = await ctx.loaders.for(this.documentBySop).load(sop.id);
    if (!document) throw new NotFoundError('SOP', 'id', sop.id);
    return document;
  }
}

/** `School.sops`: the SOPs of a school (all years, not archived), newest first. */
@Resolver(() => School)
export class SchoolSopsResolver {
  constructor(private readonly sopsBySchool: SopsBySchoolLoader) {}

  @ResolveField(() => [Sop], { description: 'SOPs of the school that are not archived, newest year first.' })
  async sops(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<Sop[]> {
    const sops = await ctx.loaders.for(this.sopsBySchool).load(school.id);
    // unpublished versions only for staff and the school's own editors
    const drafts = maySeeDrafts(ctx.req, school.id);
    return sops.filter((s) => drafts || s.status === 'published').map(toSop);
  }
}
