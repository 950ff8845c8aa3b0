import { type Column, type ColumnType, formatCsvCell, quoteCsvField, toCsv } from './table';

describe('formatCsvCell (what Dutch Excel reads)', () => {
  const cases: [string, Parameters<typeof formatCsvCell>[0], ColumnType, string][] = [
    ['null is empty', null, 'int', ''],
    ['NaN is empty', Number.NaN, 'decimal', ''],
    ['integer', 1234, 'int', '1234'],
    ['integer column rounds', 12.6, 'int', '13'],
    ['decimal comma, two decimals', 1234.5, 'decimal', '1234,50'],
    ['money keeps cents', 46130, 'money', '46130,00'],
    ['negative money', -12.345, 'money', '-12,35'],
    ['percent of a fraction', 0.4567, 'percent', '45,7%'],
    ['whole percent', 1, 'percent', '100%'],
    ['date as ISO day', new Date('2023-10-01T00:00:00Z'), 'date', '2023-10-01'],
    ['boolean true', true, 'boolean', 'ja'],
    ['boolean false', false, 'boolean', 'nee'],
    ['plain text', 'Basisschool Jeroen', 'text', 'Basisschool Jeroen'],
    ['formula is neutralised', '=HYPERLINK("x")', 'text', `'=HYPERLINK("x")`],
    ['leading minus text neutralised', '-5+3', 'text', `'-5+3`],
    ['number in text column keeps comma', 2.5, 'text', '2,5'],
  ];
  it.each(cases)('%s', (_name, value, type, expected) => {
    expect(formatCsvCell(value, type)).toBe(expected);
  });
});

describe('quoteCsvField', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['crlf\r\n', '"crlf\r\n"'],
    [' padded', '" padded"'],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(quoteCsvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  interface Row {
    name: string;
    pupils: number | null;
    amount: number;
  }
  const columns: Column<Row>[] = [
    { header: 'School', type: 'text', value: (r) => r.name },
    { header: 'Leerlingen', type: 'int', value: (r) => r.pupils },
    { header: 'Bedrag; totaal', type: 'money', value: (r) => r.amount },
  ];

  it('writes BOM, header, semicolons, decimal commas, quotes and CRLF', () => {
    const csv = toCsv<Row>(
      [
        { name: 'Jeroen', pupils: 412, amount: 46130 },
        { name: 'De "Regenboog"; Laak', pupils: null, amount: 1234.5 },
      ],
      columns,
    );
    expect(csv).toBe(
      '\uFEFFSchool;Leerlingen;"Bedrag; totaal"\r\n' +
        'Jeroen;412;46130,00\r\n' +
        '"De ""Regenboog""; Laak";;1234,50\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv<Row>([], columns)).toBe('\uFEFFSchool;Leerlingen;"Bedrag; totaal"\r\n');
  });

  it('has as many fields on every line as columns', () => {
    const csv = toCsv<Row>([{ name: 'a;b;c', pupils: 1, amount: 1 }], columns);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('"a;b;c";1;1,00');
  });
});
