/** Finding the known school of an SOP document (never inventing one) and, on explicit request, creating it. */
import { type EntityManager } from 'typeorm';
import {
  gemeenteOfPlace,
  loadDefaultWerkgebiedTable,
  type MatchCandidate,
  matchSchool,
  type SchoolAddress,
  type SchoolMatch,
  schoolAddressOf,
  decideWerkgebied,
} from '@sop-atlas/region-data';
import { type SopDocument, type SopWarning } from '@sop-atlas/sop-model';
import { SchoolEntity } from '../schools/school.entity';
import { schoolKindOf } from './school-identity';

/** The schools worth comparing: same vestigingscode, same PC4, or (for suggestions) the same gemeente. */
export async function matchCandidates(
  manager: EntityManager,
  school: SopDocument['school'],
  address: SchoolAddress,
): Promise<MatchCandidate[]> {
  const pc4 = address.postcode?.slice(0, 4) ?? null;
  const gemeente = gemeenteOfPlace(address.place ?? school.place)?.code ?? null;
  return manager.query<MatchCandidate[]>(
    `SELECT id, name, vestigingscode, street, house_number AS "houseNumber", postcode, place,
            gemeente_code AS "gemeenteCode"
     FROM school
     WHERE ($1::text IS NOT NULL AND vestigingscode = $1)
        OR ($2::text IS NOT NULL AND left(replace(postcode, ' ', ''), 4) = $2)
        OR ($3::text IS NOT NULL AND gemeente_code = $3)
     ORDER BY name, id
     LIMIT 2000`,
    [school.vestigingscode, pc4, gemeente],
  );
}

/** Matches the document's school; the address is re-read from the fields the parser filled. */
export async function matchDocumentSchool(
  manager: EntityManager,
  document: SopDocument,
): Promise<{ match: SchoolMatch; address: SchoolAddress }> {
  const address = schoolAddressOf(document.school);
  const candidates = await matchCandidates(manager, document.school, address);
  const match = matchSchool(
    { name: document.school.name, vestigingscode: document.school.vestigingscode, address },
    candidates,
  );
  return { match, address };
}

/** The warning a match with a differing name carries (the SOP then waits for review). */
export function nameDiffersWarning(documentName: string, schoolName: string, rule: string): SopWarning {
  return {
    path: 'school.name',
    code: 'other',
    message: `Naam wijkt af van DUO: het document zegt '${documentName}', de school heet '${schoolName}' (gekoppeld op ${rule}).`,
  };
}

/** Creates a school from what the document states: only on an explicit choice of SWV staff. */
export async function createSchoolFromDocument(
  manager: EntityManager,
  school: SopDocument['school'],
  address: SchoolAddress,
): Promise<string> {
  const name = school.name ?? 'Onbekende school';
  const place = address.place ?? school.place;
  const gemeente = gemeenteOfPlace(place);
  const postcode = address.postbus ? null : address.postcode;
  const decision = decideWerkgebied(
    { postcode, gemeenteCode: gemeente?.code ?? null },
    loadDefaultWerkgebiedTable(),
  );
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(SchoolEntity)
    .values({
      name,
      vestigingscode: school.vestigingscode,
      street: address.postbus ? null : address.street,
      houseNumber: address.postbus ? null : address.houseNumber,
      postcode,
      place,
      gemeenteCode: gemeente?.code ?? null,
      gemeenteName: gemeente?.name ?? null,
      werkgebiedCode: decision.werkgebied,
      werkgebiedSource: decision.source,
      kind: schoolKindOf(name),
      kindSource: 'naam',
      phone: school.phone,
      email: school.email,
      website: school.website,
      isDemo: false,
    })
    .returning('id')
    .execute();
  const id = (inserted.identifiers[0] as { id?: string } | undefined)?.id;
  if (id === undefined) throw new Error('school is niet opgeslagen');
  return id;
}
