import fs from 'node:fs';
import path from 'node:path';
import { assertSopDocument, classifyExpertise } from '@sop-atlas/sop-model';
import { JEROEN_SCHOOL, jeroenSopDocument } from './jeroen.fixture';

/** The real SOP text beside the repository (shared/, read-only). */
const SOURCE = path.resolve(__dirname, '../../../../../shared/sop/jeroen-2023-2024.txt');

describe('Basisschool Jeroen fixture', () => {
  const document = jeroenSopDocument();

  it('is a valid canonical document', () => {
    expect(assertSopDocument(document)).toEqual(document);
  });

  it('states the facts of the seed', () => {
    expect(document.hgw.every((h) => h.status === 'op-orde')).toBe(true);
    expect(document.expertise.filter((e) => e.available === false).map((e) => e.code)).toEqual([
      'autisme',
      'zieke-leerlingen',
    ]);
    expect(classifyExpertise(false, document.expertise[9]?.availability ?? null)).toBe('ingekocht');
    expect(Object.fromEntries(document.partners.map((p) => [p.code, p.frequency]))).toEqual({
      sbo: 'incidenteel',
      so: 'incidenteel',
      'adviseur-passend-onderwijs': 'structureel',
      'schoolmaatschappelijk-werk': 'structureel',
      leerplichtambtenaar: 'structureel',
      jgz: 'structureel',
      cjg: 'regelmatig',
      'politie-wijkagent': 'incidenteel',
      logopedie: 'structureel',
      fysiotherapie: null,
      jeugdhulppartners: null,
    });
    expect(document.warnings.map((w) => [w.path, w.code])).toEqual([
      ['partners[9].frequency', 'ambiguous-cell'],
      ['partners[10].frequency', 'ambiguous-cell'],
    ]);
    expect(document.facilities.filter((f) => f.status === 'aanwezig').map((f) => f.code)).toEqual([
      'rolstoelvriendelijk',
      'invalidetoilet',
      'gespreksruimte',
      'lift',
    ]);
    expect(document.funding).toEqual({ amount: 46130, calendarYear: 2023 });
  });

  const sourceIt = fs.existsSync(SOURCE) ? it : it.skip;
  sourceIt('quotes the source text for name, address, contact and funding', () => {
    const text = fs.readFileSync(SOURCE, 'utf8').replace(/\s+/g, ' ');
    for (const fact of [
      `Naam: ${JEROEN_SCHOOL.name}`,
      `${JEROEN_SCHOOL.street} ${JEROEN_SCHOOL.houseNumber}, ${JEROEN_SCHOOL.postcode} ${JEROEN_SCHOOL.place}`,
      JEROEN_SCHOOL.phone,
      JEROEN_SCHOOL.email,
      'De basisondersteuning in 2023 is €46.130,-',
      document.extraOffers[0]?.period ?? '-',
    ]) {
      expect(text).toContain(fact);
    }
  });
});
