import { describe, expect, it } from '@jest/globals';
import { sortRows, type SortState } from './heatmap-sort';

interface Row {
  readonly label: string;
  readonly laak: number | null;
}
const ROWS: readonly Row[] = [
  { label: 'Autisme', laak: 0.3 },
  { label: 'Dyslexie', laak: null },
  { label: 'ADHD', laak: 0.8 },
  { label: 'Hoogbegaafdheid', laak: 0.1 },
];

describe('sortRows: a sortable heatmap', () => {
  it.each<[string, SortState | null, string[]]>([
    ['unsorted keeps the data order', null, ['Autisme', 'Dyslexie', 'ADHD', 'Hoogbegaafdheid']],
    [
      'a column highest first, unknown last',
      { key: 'laak', direction: 'desc' },
      ['ADHD', 'Autisme', 'Hoogbegaafdheid', 'Dyslexie'],
    ],
    [
      'a column lowest first, unknown still last',
      { key: 'laak', direction: 'asc' },
      ['Hoogbegaafdheid', 'Autisme', 'ADHD', 'Dyslexie'],
    ],
    [
      'the labels A–Z',
      { key: 'label', direction: 'asc' },
      ['ADHD', 'Autisme', 'Dyslexie', 'Hoogbegaafdheid'],
    ],
    [
      'the labels Z–A',
      { key: 'label', direction: 'desc' },
      ['Hoogbegaafdheid', 'Dyslexie', 'Autisme', 'ADHD'],
    ],
  ])('%s', (_name, sort, labels) => {
    expect(sortRows(ROWS, 'label', sort).map((r) => r.label)).toEqual(labels);
  });
});
