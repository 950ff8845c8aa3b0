import { describe, expect, it } from '@jest/globals';
import {
  calendarYearOfSchoolYear,
  compareExportUrl,
  coverageExportUrl,
  fundingExportUrl,
  queryString,
  readReportJob,
  regionReportHtmlUrl,
  schoolsExportUrl,
} from './export-urls';

describe('export URLs: the same parameters as the page state', () => {
  it.each([
    ['nothing set', { filter: {}, near: null, sort: null }, 'csv', '/api/exports/schools.csv'],
    [
      'a name and a werkgebied',
      { filter: { text: 'Jeroen', werkgebieden: ['escamp'] }, near: null, sort: null },
      'xlsx',
      `/api/exports/schools.xlsx?filter=${encodeURIComponent('{"text":"Jeroen","werkgebieden":["escamp"]}')}`,
    ],
    [
      'near a postcode, sorted by distance',
      {
        filter: {},
        near: { postcode: '2524 CK', radiusKm: 5 },
        sort: { field: 'DISTANCE', direction: 'ASC' },
      },
      'csv',
      `/api/exports/schools.csv?near=${encodeURIComponent('{"postcode":"2524 CK","radiusKm":5}').replace('%20', '+')}&sort=${encodeURIComponent('{"field":"DISTANCE","direction":"ASC"}')}`,
    ],
  ] as const)('schools: %s', (_case, variables, format, expected) => {
    expect(schoolsExportUrl(format, variables)).toBe(expected);
  });

  it.each([
    [['a', 'b'], null, 'csv', '/api/exports/compare.csv?ids=a%2Cb'],
    [['a', 'b', 'c'], '2023-2024', 'xlsx', '/api/exports/compare.xlsx?ids=a%2Cb%2Cc&schoolYear=2023-2024'],
  ] as const)('compare %j %s', (ids, year, format, expected) => {
    expect(compareExportUrl(format, ids, year)).toBe(expected);
  });

  it.each([
    ['2023-2024', null, null, '/api/exports/coverage.csv?schoolYear=2023-2024'],
    ['2023-2024', 'escamp', null, '/api/exports/coverage.csv?schoolYear=2023-2024&werkgebied=escamp'],
    ['2024-2025', null, 3, '/api/exports/coverage.csv?schoolYear=2024-2025&minimumSchools=3'],
  ])('coverage %s %s %s', (year, gebied, minimum, expected) => {
    expect(coverageExportUrl('csv', year, gebied, minimum)).toBe(expected);
  });

  it('funding of a calendar year', () => {
    expect(fundingExportUrl('xlsx', 2023)).toBe('/api/exports/funding.xlsx?calendarYear=2023');
  });

  it.each([
    ['2023-2024', 2023],
    ['2023', null],
    ['', null],
  ])('calendarYearOfSchoolYear(%j) = %s', (year, expected) => {
    expect(calendarYearOfSchoolYear(year)).toBe(expected);
  });

  it.each([
    ['2023-2024', null, '/api/reports/region.html?schoolYear=2023-2024'],
    ['2023-2024', 'escamp', '/api/reports/region.html?schoolYear=2023-2024&werkgebied=escamp'],
  ])('print page %s %s', (year, gebied, expected) => {
    expect(regionReportHtmlUrl(year, gebied)).toBe(expected);
  });

  it('queryString skips empty values and empty objects', () => {
    expect(queryString({ a: '', b: null, c: undefined, d: {}, e: 0 })).toBe('?e=0');
  });
});

describe('readReportJob', () => {
  const base = { id: 'j1', statusUrl: '/api/reports/jobs/j1', error: null, pdfUrl: null };
  it.each([
    ['queued', { ...base, status: 'queued', progress: 0 }, { ...base, status: 'queued', progress: 0 }],
    [
      'done',
      { ...base, status: 'done', progress: 100, pdfUrl: '/api/reports/jobs/j1/report.pdf' },
      { ...base, status: 'done', progress: 100, pdfUrl: '/api/reports/jobs/j1/report.pdf' },
    ],
    [
      'failed',
      { ...base, status: 'failed', progress: 50, error: 'kapot' },
      { ...base, status: 'failed', progress: 50, error: 'kapot' },
    ],
    [
      'progress clamped',
      { ...base, status: 'running', progress: 140 },
      { ...base, status: 'running', progress: 100 },
    ],
    ['unknown status', { ...base, status: 'weird', progress: 0 }, null],
    ['no object', 'nee', null],
  ])('%s', (_case, body, expected) => {
    expect(readReportJob(body)).toEqual(expected);
  });
});
