import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { School } from '../schools/models/school.model';

/** Shown beside every figure of a demo school, so fictional data is never mistaken for a real school's. */
export const DEMO_NOTICE =
  'Fictieve demoschool: naam, adres, leerlingaantallen en SOP zijn verzonnen (demoregio SPPOH).';

@Resolver(() => School)
export class SchoolDemoResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Dutch notice for a fictional demo school (null for a real school): show it with its data.',
  })
  demoNotice(@Parent() school: School): string | null {
    return school.isDemo ? DEMO_NOTICE : null;
  }
}
