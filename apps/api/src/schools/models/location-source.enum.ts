import { registerEnumType } from '@nestjs/graphql';
import { type LocationSource } from '../school.entity';

/** Where a school's coordinates come from (`school.location_source`). */
export enum LocationSourceEnum {
  PDOK = 'PDOK',
  GESCHAT = 'GESCHAT',
  MANUAL = 'MANUAL',
  DEMO = 'DEMO',
}

registerEnumType(LocationSourceEnum, {
  name: 'LocationSource',
  description: "Where a school's point on the map comes from.",
  valuesMap: {
    PDOK: { description: "PDOK Locatieserver's point for the school's address." },
    GESCHAT: {
      description:
        'An estimate made without PDOK (postcode centre, centre of known schools): shown as "locatie bij benadering".',
    },
    MANUAL: {
      description: 'A pin SWV staff dropped on the map (data health); geocoding never replaces it.',
    },
    DEMO: { description: 'Fictional coordinates of the demo data.' },
  },
});

const BY_SOURCE: Record<LocationSource, LocationSourceEnum> = {
  pdok: LocationSourceEnum.PDOK,
  geschat: LocationSourceEnum.GESCHAT,
  manual: LocationSourceEnum.MANUAL,
  demo: LocationSourceEnum.DEMO,
};

export function toLocationSourceEnum(source: LocationSource | null): LocationSourceEnum | null {
  return source === null ? null : BY_SOURCE[source];
}
