import { emptySopDocument, type SopDocument } from '@sop-atlas/sop-model';
import { editorStrings as t } from '../strings.nl';
import {
  draftSections,
  editableSchoolYears,
  type FieldSpec,
  initialValues,
  openReviewNote,
  parseFieldText,
  pathSegments,
  pendingChanges,
  offerRows,
  offersChange,
  rebaseValues,
  sopsOfYear,
  defaultEditorYear,
  toFieldText,
  type TrailEvent,
  valueAtPath,
} from './draft-form';

function doc(): SopDocument {
  return {
    ...emptySopDocument(),
    schoolYear: '2027-2028',
    vision: 'Elk kind telt',
    hgw: [{ code: 'doelgericht', label: 'Doelgericht werken', status: 'op-orde', candidates: [] }],
    expertise: [{ code: 'autisme', label: 'Autisme', available: true, availability: '2 dagen' }],
    partners: [
      { code: null, label: 'Eigen partner', frequency: null, candidates: ['regelmatig', 'incidenteel'] },
    ],
    facilities: [{ code: 'time-out-ruimte', label: 'Time-out ruimte', status: 'aanwezig', candidates: [] }],
    funding: { amount: 46130, calendarYear: 2027 },
  };
}

const sections = (d: SopDocument) => draftSections(d, t.sections, t.fields);

describe('draftSections', () => {
  it('lists the editable fields in template order, one per table row, with catalog labels', () => {
    const specs = sections(doc());
    expect(specs.map((s) => s.id)).toEqual([
      'general',
      'vision',
      'support-structure',
      'hgw',
      'expertise',
      'partners',
      'extra-offers',
      'facilities',
      'extra-support',
      'funding',
      'evaluation',
    ]);
    const byPath = new Map(specs.flatMap((s) => s.fields).map((f) => [f.path, f]));
    expect(byPath.get('hgw[0].status')?.options?.map((o) => o.value)).toEqual([
      'op-orde',
      'in-ontwikkeling',
      'nog-op-te-starten',
    ]);
    expect(byPath.get('expertise[0].available')?.kind).toBe('yes-no');
    expect(byPath.get('expertise[0].availability')?.label).toContain('beschikbaarheid');
    // a row the school added keeps its own label
    expect(byPath.get('partners[0].frequency')?.label).toBe('Eigen partner');
    expect(byPath.get('facilities[0].status')?.options?.map((o) => o.value)).toEqual([
      'aanwezig',
      'niet-van-toepassing',
    ]);
    expect(byPath.get('funding.amount')?.kind).toBe('amount');
  });
});

describe('field paths', () => {
  it.each([
    ['vision', ['vision']],
    ['partners[9].frequency', ['partners', 9, 'frequency']],
    ['school.postcode', ['school', 'postcode']],
  ])('%s → %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it.each([
    ['vision', 'Elk kind telt'],
    ['expertise[0].available', true],
    ['funding.amount', 46130],
    ['partners[0].frequency', null],
    ['partners[5].frequency', undefined],
    ['vision.x', undefined],
  ])('valueAtPath %s', (path, value) => {
    expect(valueAtPath(doc(), path)).toEqual(value);
  });
});

const text: FieldSpec = { path: 'vision', label: 'Visie', kind: 'textarea' };
const line: FieldSpec = { path: 'school.phone', label: 'Telefoon', kind: 'text' };
const yesNo: FieldSpec = { path: 'expertise[0].available', label: 'x', kind: 'yes-no' };
const choice: FieldSpec = {
  path: 'hgw[0].status',
  label: 'x',
  kind: 'choice',
  options: [{ value: 'op-orde', label: 'Op orde' }],
};
const amount: FieldSpec = { path: 'funding.amount', label: 'x', kind: 'amount' };
const year: FieldSpec = { path: 'funding.calendarYear', label: 'x', kind: 'year' };

describe('toFieldText / parseFieldText', () => {
  it.each([
    [text, 'Elk kind', 'Elk kind'],
    [text, null, ''],
    [yesNo, true, 'ja'],
    [yesNo, false, 'nee'],
    [yesNo, null, ''],
    [amount, 46130, '46130'],
    [amount, 46130.5, '46130,5'],
    [year, 2027, '2027'],
  ])('%j: %j → %j', (spec, value, expected) => {
    expect(toFieldText(spec, value)).toBe(expected);
  });

  it.each([
    [line, '  070 123  ', { ok: true, value: '070 123' }],
    [text, 'regel 1\n  regel 2  \n\n', { ok: true, value: 'regel 1\n  regel 2' }],
    [text, '   ', { ok: true, value: null }],
    [yesNo, 'ja', { ok: true, value: true }],
    [yesNo, 'nee', { ok: true, value: false }],
    [yesNo, 'misschien', { ok: false, message: t.parse.choice }],
    [choice, 'op-orde', { ok: true, value: 'op-orde' }],
    [choice, 'prima', { ok: false, message: t.parse.choice }],
    [amount, '46.130', { ok: true, value: 46130 }],
    [amount, '€ 46.130', { ok: true, value: 46130 }],
    [amount, '46130,50', { ok: true, value: 46130.5 }],
    [amount, '1.234.567,8', { ok: true, value: 1234567.8 }],
    [amount, '46,130.00', { ok: false, message: t.parse.amount }],
    [amount, '-5', { ok: false, message: t.parse.amount }],
    [amount, '46.13', { ok: false, message: t.parse.amount }],
    [amount, '999999999', { ok: false, message: t.parse.amount }],
    [year, '2027', { ok: true, value: 2027 }],
    [year, '27', { ok: false, message: t.parse.year }],
    [year, '1999', { ok: false, message: t.parse.year }],
  ])('%j parses %j', (spec, input, expected) => {
    expect(parseFieldText(spec, input, t.parse)).toEqual(expected);
  });
});

describe('pendingChanges', () => {
  it('is empty for the untouched form', () => {
    const d = doc();
    const specs = sections(d);
    expect(pendingChanges(d, specs, initialValues(d, specs), t.parse)).toEqual({ changes: [], errors: {} });
  });

  it('lists each changed field with its parsed value, and unparsable fields as errors', () => {
    const d = doc();
    const specs = sections(d);
    const values = {
      ...initialValues(d, specs),
      vision: 'Elk kind telt mee',
      'expertise[0].available': 'nee',
      'partners[0].frequency': 'regelmatig',
      'facilities[0].status': '',
      'funding.amount': '47.000',
      'funding.calendarYear': '20x7',
    };
    const result = pendingChanges(d, specs, values, t.parse);
    expect(result.changes.map((c) => [c.path, c.value])).toEqual([
      ['vision', 'Elk kind telt mee'],
      ['expertise[0].available', false],
      ['partners[0].frequency', 'regelmatig'],
      ['facilities[0].status', null],
      ['funding.amount', 47000],
    ]);
    expect(result.errors).toEqual({ 'funding.calendarYear': t.parse.year });
  });
});

describe('editableSchoolYears', () => {
  it.each([
    ['2026-11-28', ['2026-2027', '2027-2028']],
    ['2027-07-31', ['2026-2027', '2027-2028']],
    ['2027-08-01', ['2027-2028', '2028-2029']],
  ])('%s → %j', (day, years) => {
    expect(editableSchoolYears(new Date(`${day}T12:00:00Z`))).toEqual(years);
  });
});

describe('openReviewNote', () => {
  const at = '2026-11-28T10:00:00Z';
  const ev = (action: string, reason: string | null = null): TrailEvent => ({
    action,
    actor: 'staf@sppoh.nl',
    occurredAt: at,
    reason,
  });
  it.each<[string, TrailEvent[], string | null]>([
    ['never sent back', [ev('sop.draft-started'), ev('sop.submitted')], null],
    [
      'sent back, not resubmitted',
      [ev('sop.submitted'), ev('sop.sent-back', 'Vul de visie aan')],
      'Vul de visie aan',
    ],
    [
      'edited after the send-back',
      [ev('sop.submitted'), ev('sop.sent-back', 'Vul aan'), ev('sop.field-changed')],
      'Vul aan',
    ],
    ['resubmitted after the send-back', [ev('sop.sent-back', 'Vul aan'), ev('sop.submitted')], null],
    [
      'the latest send-back wins',
      [ev('sop.sent-back', 'eerste'), ev('sop.submitted'), ev('sop.sent-back', 'tweede')],
      'tweede',
    ],
  ])('%s', (_name, events, comment) => {
    expect(openReviewNote(events)?.comment ?? null).toBe(comment);
  });
});

describe('rebaseValues', () => {
  it('keeps what the user changed and takes the rest from the new version', () => {
    const oldBase = { vision: 'A', limits: 'L', evaluation: 'E' };
    const current = { vision: 'A (mijn wijziging)', limits: 'L', evaluation: 'E' };
    const newBase = { vision: 'A', limits: 'L (door collega)', evaluation: 'E', 'hgw[0].status': 'op-orde' };
    expect(rebaseValues(oldBase, current, newBase)).toEqual({
      vision: 'A (mijn wijziging)',
      limits: 'L (door collega)',
      evaluation: 'E',
      'hgw[0].status': 'op-orde',
    });
  });
});

describe('sopsOfYear / defaultEditorYear', () => {
  const sop = (schoolYear: string, status: string, version: number) => ({
    id: `${schoolYear}-${status}-${version}`,
    schoolYear,
    status,
    version,
  });
  const years: [string, string] = ['2026-2027', '2027-2028'];

  it.each([
    ['nothing yet', [], null, null],
    ['published only', [sop('2026-2027', 'PUBLISHED', 3)], null, 'PUBLISHED'],
    [
      'a correction draft beside the published SOP',
      [sop('2026-2027', 'PUBLISHED', 3), sop('2026-2027', 'DRAFT', 4)],
      'DRAFT',
      'PUBLISHED',
    ],
    ['in review', [sop('2026-2027', 'IN_REVIEW', 5)], 'IN_REVIEW', null],
    ['another year only', [sop('2025-2026', 'DRAFT', 1)], null, null],
  ])('%s', (_name, sops, open, published) => {
    const result = sopsOfYear(sops, '2026-2027');
    expect(result.open?.status ?? null).toBe(open);
    expect(result.published?.status ?? null).toBe(published);
  });

  it.each([
    ['no drafts → the coming year', [sop('2026-2027', 'PUBLISHED', 1)], '2027-2028'],
    ['a draft for the running year', [sop('2026-2027', 'DRAFT', 2)], '2026-2027'],
    ['a draft for the coming year', [sop('2027-2028', 'IN_REVIEW', 2)], '2027-2028'],
  ])('%s', (_name, sops, year) => {
    expect(defaultEditorYear(sops, years)).toBe(year);
  });
});

describe('offerRows / offersChange: 2D Extra aanbod as one list', () => {
  const withOffers = (): SopDocument => ({
    ...doc(),
    extraOffers: [
      { offer: 'Rots en Water', period: 'groep 7' },
      { offer: 'Kanjertraining', period: null },
    ],
  });
  const change = (rows: { offer: string; period: string }[]) =>
    offersChange(withOffers(), rows, 'Extra aanbod', 'Vul het aanbod in');

  it('is no change for the untouched rows (and fully empty rows are ignored)', () => {
    expect(change([...offerRows(withOffers()), { offer: ' ', period: '' }])).toEqual({
      change: null,
      errors: {},
    });
  });

  it.each([
    [
      'a new row',
      [
        { offer: 'Rots en Water', period: 'groep 7' },
        { offer: 'Kanjertraining', period: '' },
        { offer: ' Faalangsttraining ', period: ' groep 8 ' },
      ],
      [
        { offer: 'Rots en Water', period: 'groep 7' },
        { offer: 'Kanjertraining', period: null },
        { offer: 'Faalangsttraining', period: 'groep 8' },
      ],
    ],
    ['a removed row', [{ offer: 'Kanjertraining', period: '' }], [{ offer: 'Kanjertraining', period: null }]],
    [
      'a changed period',
      [
        { offer: 'Rots en Water', period: '' },
        { offer: 'Kanjertraining', period: '' },
      ],
      [
        { offer: 'Rots en Water', period: null },
        { offer: 'Kanjertraining', period: null },
      ],
    ],
  ])('%s replaces the list', (_name, rows, value) => {
    expect(change(rows)).toEqual({
      change: { path: 'extraOffers', label: 'Extra aanbod', value },
      errors: {},
    });
  });

  it('refuses a period without an offer, naming the row', () => {
    const result = change([
      { offer: 'Rots en Water', period: 'groep 7' },
      { offer: '', period: 'groep 5' },
    ]);
    expect(result.errors).toEqual({ 1: 'Vul het aanbod in' });
  });
});
