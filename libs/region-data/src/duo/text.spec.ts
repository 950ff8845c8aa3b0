import { decodeDuoBytes, sniffDelimiter, splitCsvRecords } from './text';

describe('decodeDuoBytes', () => {
  it.each<[string, number[], string, 'utf-8' | 'windows-1252']>([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xab], 'cë', 'utf-8'],
    ['UTF-8 without BOM', [0x63, 0xc3, 0xab], 'cë', 'utf-8'],
    ['Latin-1 ë', [0x63, 0xeb], 'cë', 'windows-1252'],
    ['Windows-1252 quote and euro', [0x92, 0x74, 0x20, 0x80], '’t €', 'windows-1252'],
    ['plain ASCII', [0x61, 0x3b, 0x62], 'a;b', 'utf-8'],
  ])('%s', (_case, input, text, encoding) => {
    expect(decodeDuoBytes(Uint8Array.from(input))).toMatchObject({ text, encoding });
  });
});

describe('sniffDelimiter', () => {
  it.each<[string, ',' | ';']>([
    ['A;B;C\n1,2;3', ';'],
    ['A,B,C\n1;2;3', ','],
    ['"A;B";"C;D",E,F\n', ','],
    ['"A,B,C";D\n', ';'],
    ['A\n1,2,3', ';'],
  ])('%j → %j', (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
});

describe('splitCsvRecords', () => {
  it.each<[string, string, { line: number; fields: string[]; error?: string }[]]>([
    [
      'CRLF and blank lines',
      'a;b\r\n\r\nc;d\r\n',
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['c', 'd'] },
      ],
    ],
    [
      'CR only',
      'a;b\rc;d',
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
      ],
    ],
    [
      'quoted delimiter and doubled quote',
      '"a;1";"say ""hi"""\n',
      [{ line: 1, fields: ['a;1', 'say "hi"'] }],
    ],
    [
      'a line break inside quotes keeps line numbers right',
      '"a\nb";c\nd;e\n',
      [
        { line: 1, fields: ['a\nb', 'c'] },
        { line: 3, fields: ['d', 'e'] },
      ],
    ],
    ['empty fields', ';;\n', [{ line: 1, fields: ['', '', ''] }]],
    [
      'text after a closing quote',
      '"a"b;c\n',
      [{ line: 1, fields: ['ab', 'c'], error: 'tekst na een afsluitend aanhalingsteken' }],
    ],
    [
      'an unterminated quote breaks only its line',
      'a;"b\nc;d\n',
      [
        { line: 1, fields: ['a', '"b'], error: 'aanhalingsteken niet afgesloten' },
        { line: 2, fields: ['c', 'd'] },
      ],
    ],
  ])('%s', (_case, text, records) => {
    expect(splitCsvRecords(text, ';')).toEqual(records);
  });
});
