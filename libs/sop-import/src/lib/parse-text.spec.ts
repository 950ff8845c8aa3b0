import { SOP_SECTIONS, type SopDocument, validateSopDocument } from '@sop-atlas/sop-model';
import { describeWithSeed, readSeed } from '../../test/seed';
import { SopImportError } from './errors';
import { parseSopText } from './parse-text';

describeWithSeed('parseSopText on the seed SOP of Basisschool Jeroen (2023-2024)', () => {
  let doc: SopDocument;
  let seedLines: string[];
  beforeAll(() => {
    const text = readSeed();
    seedLines = text.split('\n');
    doc = parseSopText(text);
  });

  it('produces a valid canonical document of the Haaglanden template', () => {
    expect(validateSopDocument(doc)).toMatchObject({ ok: true });
    expect(doc.template).toBe('haaglanden-model-sop-2021-2025');
    expect(doc.schoolYear).toBe('2023-2024');
  });

  it('reads the school identity, people and (empty) dates', () => {
    expect(doc.school).toEqual({
      name: 'Basisschool Jeroen',
      vestigingscode: null,
      street: 'Guido Gezellestraat',
      houseNumber: '51',
      postcode: '2524 CK',
      place: 'Den Haag',
      phone: '070 393 94 93',
      email: 'info@jeroenschool.lucasonderwijs.nl',
      website: 'https://www.basisschooljeroen.nl/',
    });
    expect(doc.people).toEqual({ director: 'Gerard van Vliet', mrChair: 'Paula Hermans', boardChair: null });
    expect(doc.dates).toEqual({ drafted: null, mrAdvice: null, adopted: null });
  });

  it('keeps the school texts and drops template instructions and fixed paragraphs', () => {
    expect(doc.vision).toMatch(/^Gewoon doen!/);
    expect(doc.vision).toMatch(/op een andere school\.$/);
    expect(doc.vision).not.toMatch(/Beschrijf kort|Visie:/);
    expect(doc.supportStructure).toBe('Onze zorgpiramide staat beschreven in het zorgplan 2023-2024.');
    expect(doc.extraSupport).toMatch(
      /^Basisschool Jeroen heeft in het schooljaar 2023-2024 een aantal extra mensen/,
    );
    expect(doc.extraSupport).toMatch(/motorische oefentherapie .* verwijzing van de huisarts\.$/s);
    expect(doc.extraSupport).not.toMatch(/Leerlingen die meer ondersteuning|eigen wijze/);
    expect(doc.limits).toMatch(/^- Basisschool Jeroen kijkt altijd samen met ouders/);
    expect(doc.limits).toMatch(/binnen school\.$/);
    expect(doc.limits).toContain('traject van zorg blijkt dat er onvoldoende ontwikkeling');
    expect(doc.limits).not.toContain('sppoh.nl');
    expect(doc.evaluation).toBe(
      'De school stelt doelen passend onderwijs op in het jaarplan. Het schoolondersteuningsprofiel wordt geëvalueerd via de PDCA cyclus van de school op 4 keer per jaar samen met een externe deskundige.',
    );
    const all = JSON.stringify(doc);
    expect(all).not.toMatch(/Zorgplicht|schoolbesturen zorgplicht|Inspectie van Onderwijs/);
  });

  it('reads all seven HGW principles as op orde (the header statement is no principle)', () => {
    expect(doc.hgw.map((r) => [r.code, r.status, r.candidates])).toEqual(
      [
        'doelgericht',
        'systematisch',
        'onderwijsbehoeften',
        'wisselwerking',
        'ouders-partners',
        'positief',
        'samenwerking',
      ].map((c) => [c, 'op-orde', []]),
    );
    expect(doc.hgw.some((r) => /actuele werkwijze/.test(r.label))).toBe(false);
  });

  it.each([
    ['remedial-teaching', true, 'Gehele week in diverse groepen.'],
    ['taal-lezen-spraak', true, 'Gehele week in diverse groepen.'],
    ['rekenen-wiskunde', true, 'Gehele week in diverse groepen.'],
    ['gedrag', true, 'Gehele week in diverse groepen.'],
    ['jonge-kind', true, 'Gehele week in diverse groepen.'],
    [
      'hoogbegaafdheid',
      true,
      'Expertise begaafdheid gehele week in diverse groepen. Wanneer expertise over hoogbegaafdheid nodig is, nemen we contact op met het Bazalt.',
    ],
    ['motoriek', true, 'Eén dag in de week.'],
    ['nt2', true, 'Gehele week in diverse groepen.'],
    ['cognitieve-ontwikkeling', true, 'Gehele week in diverse groepen.'],
    ['autisme', false, 'Wanneer nodig wordt bij expertisecentrum autisme, expertise ingekocht.'],
    ['zieke-leerlingen', false, 'Wanneer nodig, nemen we contact op met het Bazalt.'],
    ['faalangst', true, 'Gehele week in diverse groepen.'],
  ])('expertise %s: available %s, "%s"', (code, available, availability) => {
    const row = doc.expertise.find((r) => r.code === code);
    expect(row).toMatchObject({ available, availability });
  });

  it('has exactly the 12 coded expertise rows (empty template rows skipped)', () => {
    expect(doc.expertise).toHaveLength(12);
    expect(doc.expertise.every((r) => r.code !== null)).toBe(true);
  });

  it.each([
    [0, 'sbo', 'incidenteel'],
    [1, 'so', 'incidenteel'],
    [2, 'adviseur-passend-onderwijs', 'structureel'],
    [3, 'schoolmaatschappelijk-werk', 'structureel'],
    [4, 'leerplichtambtenaar', 'structureel'],
    [5, 'jgz', 'structureel'],
    [6, 'cjg', 'regelmatig'],
    [7, 'politie-wijkagent', 'incidenteel'],
    [8, 'logopedie', 'structureel'],
  ])('partner %i %s is %s', (index, code, frequency) => {
    expect(doc.partners[index]).toMatchObject({ code, frequency, candidates: [] });
  });

  it.each([
    [9, 'fysiotherapie', 'Fysiotherapie'],
    [10, 'jeugdhulppartners', 'Jeugdhulppartners'],
  ])('partner %i %s is ambiguous between structureel and regelmatig', (index, code, label) => {
    expect(doc.partners[index]).toMatchObject({
      code,
      frequency: null,
      candidates: ['structureel', 'regelmatig'],
    });
    const warning = doc.warnings.find((w) => w.path === `partners[${index}].frequency`);
    expect(warning?.code).toBe('ambiguous-cell');
    expect(warning?.message).toContain(label);
    expect(warning?.candidates).toEqual(['structureel', 'regelmatig']);
  });

  it('has 11 partner rows and exactly two warnings, both ambiguous cells', () => {
    expect(doc.partners).toHaveLength(11);
    expect(doc.warnings.map((w) => w.code)).toEqual(['ambiguous-cell', 'ambiguous-cell']);
  });

  it('keeps the template hints apart from the school offer and its note', () => {
    expect(doc.extraOfferHints).toEqual(['Powerkidzzz training', 'Playing for keeps', 'KIES training']);
    expect(doc.extraOffers).toEqual([
      {
        offer: 'Mentaliseren in de klas, vanuit de preventieafdeling van Youz',
        period: 'Na de herfstvakantie in de groepen 6.',
      },
    ]);
    expect(doc.extraOfferNote).toBe(
      'Trainingen worden ingekocht wanneer school denkt dat ze waardevol zijn voor een groep kinderen of een jaargroep. Er zijn door basisschool Jeroen niet standaard trainingen ingekocht.',
    );
  });

  it('reads the facilities', () => {
    expect(Object.fromEntries(doc.facilities.map((f) => [f.code, f.status]))).toEqual({
      rolstoelvriendelijk: 'aanwezig',
      invalidetoilet: 'aanwezig',
      'voorzieningen-doven-slechthorenden': 'niet-van-toepassing',
      'voorzieningen-blinden-slechtzienden': 'niet-van-toepassing',
      gespreksruimte: 'aanwezig',
      therapieruimte: 'niet-van-toepassing',
      verzorgingsruimte: 'niet-van-toepassing',
      'time-out-ruimte': 'niet-van-toepassing',
      lift: 'aanwezig',
    });
    expect(doc.facilities.every((f) => f.candidates.length === 0)).toBe(true);
  });

  it('reads the funding', () => {
    expect(doc.funding).toEqual({ amount: 46130, calendarYear: 2023 });
  });

  it('finds every template section', () => {
    expect(doc.sections).toEqual({ found: [...SOP_SECTIONS], missing: [] });
  });

  it.each([
    ['school.name', 17, 'Basisschool Jeroen'],
    ['school.postcode', 18, '2524 CK'],
    ['school.website', 37, 'basisschooljeroen'],
    ['people.director', 26, 'Gerard van Vliet'],
    ['hgw[1].status', 119, 'transparant'],
    ['expertise[5].availability', 164, 'begaafdheid'],
    ['partners[5].frequency', 202, 'verpleegkundige'],
    ['partners[6].frequency', 207, 'CJG'],
    ['partners[9].frequency', 212, 'Fysiotherapie'],
    ['facilities[5].status', 258, 'Therapieruimte'],
    ['funding.amount', 338, '46.130'],
    ['funding.calendarYear', 338, '2023'],
    ['extraOffers[0].period', 232, 'herfstvakantie'],
    ['limits', 291, 'Basisschool Jeroen kijkt'],
  ])('provenance of %s points at line %i', (path, line, excerpt) => {
    const p = doc.provenance[path];
    expect(p).toMatchObject({ source: 'text', line });
    expect(p?.excerpt).toContain(excerpt);
    expect(seedLines[line - 1]).toBeDefined();
  });

  it('places the mark of a wrapped row on the line of the mark, with the row span', () => {
    expect(doc.provenance['partners[5].frequency']).toMatchObject({ line: 202, lineEnd: 205, column: 1 });
    expect(doc.provenance['partners[6].frequency']).toMatchObject({ line: 207, column: 6 });
  });

  it('gives every extracted value a provenance entry', () => {
    const missing: string[] = [];
    const check = (path: string, value: unknown): void => {
      if (value !== null && !(path in doc.provenance)) missing.push(path);
    };
    for (const [k, v] of Object.entries(doc.school)) check(`school.${k}`, v);
    for (const [k, v] of Object.entries(doc.people)) check(`people.${k}`, v);
    for (const k of [
      'schoolYear',
      'vision',
      'supportStructure',
      'extraSupport',
      'limits',
      'evaluation',
      'extraOfferNote',
    ] as const) {
      check(k, doc[k]);
    }
    doc.hgw.forEach((r, i) => check(`hgw[${i}].status`, r.status ?? r.candidates));
    doc.partners.forEach((r, i) => check(`partners[${i}].frequency`, r.frequency ?? r.candidates));
    doc.facilities.forEach((r, i) => check(`facilities[${i}].status`, r.status));
    doc.expertise.forEach((r, i) => {
      check(`expertise[${i}].available`, r.available);
      check(`expertise[${i}].availability`, r.availability);
    });
    doc.extraOffers.forEach((o, i) => {
      check(`extraOffers[${i}].offer`, o.offer);
      check(`extraOffers[${i}].period`, o.period);
    });
    doc.extraOfferHints.forEach((h, i) => check(`extraOfferHints[${i}]`, h));
    check('funding.amount', doc.funding.amount);
    check('funding.calendarYear', doc.funding.calendarYear);
    expect(missing).toEqual([]);
  });
});

describeWithSeed('parseSopText on variations of the seed', () => {
  const seed = (): string => readSeed();

  it.each([
    ['€46.130,-', 46130],
    ['€ 46.130', 46130],
    ['EUR 46130,00', 46130],
    ['€ 46.130,50', 46130.5],
    ['euro 7.000', 7000],
  ])('reads the amount %s as %d', (written, amount) => {
    const doc = parseSopText(seed().replace('€46.130,-', written));
    expect(doc.funding.amount).toBe(amount);
    expect(doc.funding.calendarYear).toBe(2023);
  });

  it('reports an amount it cannot read instead of guessing', () => {
    const doc = parseSopText(seed().replace('€46.130,-', '€ zesenveertigduizend'));
    expect(doc.funding.amount).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toContain('unparsed-amount');
  });

  it('keeps a row the school added, with its own label and an unknown-row warning', () => {
    const doc = parseSopText(
      seed().replace('Logopedie x    ', 'Logopedie x    \nDyslexiecentrum Haaglanden   X  '),
    );
    const row = doc.partners.find((r) => r.label === 'Dyslexiecentrum Haaglanden');
    expect(row).toEqual({
      code: null,
      label: 'Dyslexiecentrum Haaglanden',
      frequency: 'incidenteel',
      candidates: [],
    });
    expect(doc.warnings.some((w) => w.code === 'unknown-row' && w.message.includes('Dyslexiecentrum'))).toBe(
      true,
    );
    expect(validateSopDocument(doc).ok).toBe(true);
  });

  it('reads lower- and upper-case marks alike', () => {
    const doc = parseSopText(seed().replace('CJG  X   ', 'CJG  x   ').replace('Lift X  ', 'Lift x  '));
    expect(doc.partners.find((r) => r.code === 'cjg')?.frequency).toBe('regelmatig');
    expect(doc.facilities.find((r) => r.code === 'lift')?.status).toBe('aanwezig');
  });

  it('reports a missing section', () => {
    const text = seed().replace('6. Ontwikkeling/ evaluatie', 'Tot slot');
    const doc = parseSopText(text);
    expect(doc.sections.missing).toEqual(['6 Ontwikkeling/evaluatie']);
    expect(doc.warnings).toContainEqual(
      expect.objectContaining({ code: 'missing-section', path: 'evaluation' }),
    );
  });

  it('treats a trimmed continuation-line mark as unknown (all columns are candidates)', () => {
    const doc = parseSopText(seed().replace(/^X {4}$/m, 'X'));
    const jgz = doc.partners.find((r) => r.code === 'jgz');
    expect(jgz).toMatchObject({
      frequency: null,
      candidates: ['structureel', 'regelmatig', 'incidenteel', 'niet-van-toepassing'],
    });
  });
});

describe('parseSopText on other text', () => {
  it('imports what it recognises of another template, with a foreign-template warning', () => {
    const text = [
      'Schoolgids 2024-2025 De Regenboog',
      '',
      'Naam school: De Regenboog',
      'Adres: Dorpsstraat 12a, 1234 AB Ergens',
      'Telefoon: 012 345 67 89',
      '',
      'Visie op passend onderwijs',
      'Wij geloven in ieder kind.',
      '',
      'Ontwikkeling/evaluatie',
      'Wij evalueren jaarlijks met het team.',
    ].join('\n');
    const doc = parseSopText(text);
    expect(doc.template).toBeNull();
    expect(doc.schoolYear).toBe('2024-2025');
    expect(doc.school).toMatchObject({
      name: 'De Regenboog',
      street: 'Dorpsstraat',
      houseNumber: '12a',
      postcode: '1234 AB',
      place: 'Ergens',
    });
    expect(doc.vision).toBe('Wij geloven in ieder kind.');
    expect(doc.evaluation).toBe('Wij evalueren jaarlijks met het team.');
    expect(doc.hgw).toEqual([]);
    expect(doc.partners).toEqual([]);
    expect(doc.funding).toEqual({ amount: null, calendarYear: null });
    expect(doc.sections.found).toEqual(['1 Visie passend onderwijs', '6 Ontwikkeling/evaluatie']);
    expect(doc.warnings[0]?.code).toBe('foreign-template');
    expect(doc.warnings.filter((w) => w.code === 'missing-section')).toHaveLength(SOP_SECTIONS.length - 2);
    expect(validateSopDocument(doc).ok).toBe(true);
  });

  it.each([[''], ['lorem ipsum dolor sit amet\nconsectetur adipiscing'], ['{"a": 1}']])(
    'rejects text that is no SOP: %j',
    (text) => {
      expect(() => parseSopText(text)).toThrow(SopImportError);
      try {
        parseSopText(text);
      } catch (error) {
        expect((error as SopImportError).code).toBe('not-an-sop');
      }
    },
  );
});
