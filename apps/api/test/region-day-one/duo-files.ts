/** DUO files in DUO's own formats, for a generated region: the register (Latin-1, `;`) and a pupil file (`,`). */
import { type SchoolKind } from '@sop-atlas/sop-model';

export interface DuoTestSchool {
  vestigingscode: string;
  name: string;
  street: string;
  houseNumber: string;
  /** As DUO writes it: `2524 CK` or `2524CK`. */
  postcode: string;
  place: string;
  gemeenteCode: string;
  gemeenteName: string;
  kind: SchoolKind;
  pupils: number;
}

const REGISTER_HEADER =
  'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;' +
  'POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;SAMENWERKINGSVERBAND';

/** A location as both of DUO's registers describe it. */
type DuoTestLocation = Omit<DuoTestSchool, 'kind' | 'pupils'>;

/** How one register differs from the other: its header, its board and contact columns, and its last column. */
interface RegisterLayout<S extends DuoTestLocation> {
  header: string;
  boardNumber: string;
  phone: string;
  website: string;
  last: (school: S) => string;
}

/** One of DUO's registers of locations: Latin-1, `;`, CRLF, names and streets in capitals. */
function registerFile<S extends DuoTestLocation>(schools: readonly S[], layout: RegisterLayout<S>): Buffer {
  const rows = schools.map((s) =>
    [
      'Zuid-Holland',
      layout.boardNumber,
      s.vestigingscode.slice(0, 4),
      s.vestigingscode,
      s.name.toUpperCase(),
      s.street.toUpperCase(),
      s.houseNumber,
      s.postcode,
      s.place.toUpperCase(),
      s.gemeenteCode,
      s.gemeenteName,
      'Openbaar',
      layout.phone,
      layout.website,
      layout.last(s),
    ].join(';'),
  );
  return Buffer.from(`${[layout.header, ...rows].join('\r\n')}\r\n`, 'latin1');
}

/** `02. Alle schoolvestigingen basisonderwijs`: no SOORT PO column (the kind comes from the pupil file). */
export function registerCsv(schools: readonly DuoTestSchool[]): Buffer {
  return registerFile(schools, {
    header: REGISTER_HEADER,
    boardNumber: '99001',
    phone: '070 000 00 00',
    website: 'www.school.example',
    last: () => 'PO2815',
  });
}

const KIND_TEXT: Record<SchoolKind, string> = { BAO: 'Bo', SBO: 'Sbo', SO: 'SO' };

/** Pupils per location (peildatum 1 October), with `SOORT_PO`; UTF-8 with BOM, comma separated. */
export function pupilsCsv(schools: readonly DuoTestSchool[], peildatum = '20241001'): Buffer {
  const header =
    'PEILDATUM_LEERLINGEN,INSTELLINGSCODE,VESTIGINGSCODE,INSTELLINGSNAAM_VESTIGING,POSTCODE_VESTIGING,PLAATSNAAM,' +
    'GEMEENTENUMMER,GEMEENTENAAM,SOORT_PO,DENOMINATIE_VESTIGING,BEVOEGD_GEZAG_NUMMER,SWV_VESTIGING,TOTAAL';
  const quote = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = schools.map((s) =>
    [
      peildatum,
      s.vestigingscode.slice(0, 4),
      s.vestigingscode,
      s.name,
      s.postcode.replace(' ', ''),
      s.place.toUpperCase(),
      s.gemeenteCode,
      s.gemeenteName,
      KIND_TEXT[s.kind],
      'Openbaar',
      '99001',
      'PO2815',
      String(s.pupils),
    ]
      .map(quote)
      .join(','),
  );
  return Buffer.from(`\uFEFF${[header, ...rows].join('\n')}\n`, 'utf8');
}

/** A location as DUO's register of speciaal (basis)onderwijs describes it, with its kind as DUO writes it. */
export interface DuoSpecialTestSchool extends DuoTestLocation {
  /** `SBO`, `SO`, `(V)SO` or `VSO` (secondary only). */
  soort: string;
}

/**
 * `Alle vestigingen speciaal (basis)onderwijs`: the register's columns plus `SOORT PRIMAIR ONDERWIJS`, and no SWV
 * column (an SO school serves several SWVs), so the reader selects on gemeente. Latin-1, `;`, CRLF.
 */
export function specialRegisterCsv(schools: readonly DuoSpecialTestSchool[]): Buffer {
  return registerFile(schools, {
    header: `${REGISTER_HEADER.replace(';SAMENWERKINGSVERBAND', '')};SOORT PRIMAIR ONDERWIJS`,
    boardNumber: '99101',
    phone: '',
    website: '',
    last: (s) => s.soort,
  });
}

/**
 * A region's DUO files as DUO publishes them: the register of basisonderwijs (BAO locations), the register of
 * speciaal (basis)onderwijs (SBO and SO locations, with one VSO-only location and one of another gemeente that the
 * reader leaves out) and the pupil file of bo and sbo (`SOORT_PO`). In the order a user would import them.
 */
export function regionDuoFiles(schools: readonly DuoTestSchool[]): { name: string; bytes: Buffer }[] {
  const special = schools.filter((s) => s.kind !== 'BAO');
  const first = special[0];
  const extra: DuoSpecialTestSchool[] =
    first === undefined
      ? []
      : [
          { ...first, vestigingscode: '98ZZ00', name: 'Elders Speciaal', ...AMSTERDAM, soort: 'SO' },
          { ...first, vestigingscode: '98ZY00', name: `${first.name} vso`, soort: 'VSO' },
        ];
  return [
    { name: 'vestigingen-bo.csv', bytes: registerCsv(schools.filter((s) => s.kind === 'BAO')) },
    {
      name: 'vestigingen-so.csv',
      bytes: specialRegisterCsv([
        ...special.map((s, i) => ({
          ...s,
          soort: s.kind === 'SBO' ? 'SBO' : i % 2 === 0 ? 'SO' : '(V)SO',
        })),
        ...extra,
      ]),
    },
    { name: 'leerlingen.csv', bytes: pupilsCsv(schools.filter((s) => s.kind !== 'SO')) },
  ];
}

const AMSTERDAM = {
  street: 'Jan Sluijtersstraat',
  houseNumber: '3',
  postcode: '1062 CJ',
  place: 'Amsterdam',
  gemeenteCode: '0363',
  gemeenteName: 'Amsterdam',
};
