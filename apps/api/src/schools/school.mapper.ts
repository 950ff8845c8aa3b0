import { type PupilCountEntity } from './pupil-count.entity';
import { type SchoolEntity } from './school.entity';
import { type WerkgebiedEntity } from './werkgebied.entity';
import { type PupilCount } from './models/pupil-count.model';
import { type School } from './models/school.model';
import { toLocationSourceEnum } from './models/location-source.enum';
import { SchoolKindEnum } from './models/school-kind.enum';
import { type Werkgebied } from './models/werkgebied.model';

export function toSchool(entity: SchoolEntity): School {
  return {
    id: entity.id,
    vestigingscode: entity.vestigingscode,
    name: entity.name,
    kind: SchoolKindEnum[entity.kind],
    street: entity.street,
    houseNumber: entity.houseNumber,
    postcode: entity.postcode,
    place: entity.place,
    gemeenteCode: entity.gemeenteCode,
    gemeenteName: entity.gemeenteName,
    werkgebiedCode: entity.werkgebiedCode,
    werkgebiedSource: entity.werkgebiedSource,
    denomination: entity.denomination,
    boardNumber: entity.boardNumber,
    boardName: entity.boardName,
    phone: entity.phone,
    email: entity.email,
    website: entity.website,
    latitude: entity.latitude,
    longitude: entity.longitude,
    locationSource: toLocationSourceEnum(entity.locationSource),
    locationApproximate: entity.locationSource === 'geschat',
    isDemo: entity.isDemo,
  };
}

export function toWerkgebied(entity: WerkgebiedEntity): Werkgebied {
  return { code: entity.code, name: entity.name, gemeenteCode: entity.gemeenteCode };
}

export function toPupilCount(entity: PupilCountEntity): PupilCount {
  return {
    referenceDate: entity.referenceDate,
    total: entity.total,
    suppressed: entity.suppressed,
    source: entity.source,
  };
}
