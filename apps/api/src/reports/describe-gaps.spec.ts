import { describeGaps, type GapCount, type GapItem } from './describe-gaps';

const area = (name: string, schools: number, withItem: number, pupils: number): GapCount => ({
  werkgebiedCode: name.toLowerCase().replace(/ /g, '-'),
  werkgebiedName: name,
  schools,
  withItem,
  pupils,
});

function item(kind: string, code: string, label: string, areas: GapCount[], minimum = 1): GapItem {
  return {
    kind,
    code,
    label,
    region: {
      schools: areas.reduce((n, a) => n + a.schools, 0),
      withItem: areas.reduce((n, a) => n + a.withItem, 0),
    },
    werkgebieden: areas,
    gaps: areas.filter((a) => a.withItem < minimum),
  };
}

describe('describeGaps', () => {
  const cases: [string, GapItem[], string[]][] = [
    ['no gaps: no sentences', [item('expertise', 'autisme', 'Autisme', [area('Escamp', 3, 1, 900)])], []],
    [
      'expertise missing in one werkgebied',
      [item('expertise', 'autisme', 'Autisme', [area('Escamp', 12, 0, 3456), area('Laak', 8, 2, 1500)])],
      [
        'In Escamp heeft geen enkele school expertise autisme binnen het team (12 scholen met een SOP, 3.456 leerlingen).',
      ],
    ],
    [
      'acronym label keeps its capitals',
      [item('expertise', 'nt2', 'Tweede taal / NT2', [area('Laak', 1, 0, 1), area('Escamp', 2, 1, 20)])],
      [
        'In Laak heeft geen enkele school expertise tweede taal / NT2 binnen het team (1 school met een SOP, 1 leerling).',
      ],
    ],
    [
      'facility with its own phrase',
      [
        item('facility', 'time-out-ruimte', 'Time-out-ruimte', [
          area('Centrum', 5, 0, 1200),
          area('Laak', 2, 1, 10),
        ]),
      ],
      ['In Centrum heeft geen enkele school een time-out-ruimte (5 scholen met een SOP, 1.200 leerlingen).'],
    ],
    [
      'partner uses "werkt samen met"',
      [item('partner', 'logopedie', 'Logopedie', [area('Rijswijk', 4, 0, 800), area('Laak', 2, 2, 10)])],
      [
        'In Rijswijk werkt geen enkele school structureel of regelmatig samen met logopedie (4 scholen met een SOP, 800 leerlingen).',
      ],
    ],
    [
      'HGW principle not in order',
      [item('hgw', 'doelgericht', 'Doelgericht werken', [area('Laak', 6, 0, 700), area('Escamp', 1, 1, 10)])],
      [
        'In Laak heeft geen enkele school het HGW-principe ‘doelgericht werken’ op orde (6 scholen met een SOP, 700 leerlingen).',
      ],
    ],
    [
      'missing in the whole region: one sentence',
      [item('expertise', 'faalangst', 'Faalangst', [area('Escamp', 3, 0, 10), area('Laak', 2, 0, 20)])],
      ['In de hele regio heeft geen enkele school expertise faalangst binnen het team.'],
    ],
    [
      'below a minimum of 2: singular',
      [item('expertise', 'gedrag', 'Gedrag', [area('Escamp', 10, 1, 2000), area('Laak', 5, 3, 10)], 2)],
      ['In Escamp heeft maar 1 van de 10 scholen expertise gedrag binnen het team (2.000 leerlingen).'],
    ],
    [
      'below a minimum of 3: plural',
      [item('facility', 'lift', 'Lift', [area('Escamp', 10, 2, 2000), area('Laak', 5, 3, 10)], 3)],
      ['In Escamp hebben maar 2 van de 10 scholen een lift (2.000 leerlingen).'],
    ],
    [
      'a werkgebied without any SOP is named once, not per item',
      [
        item('expertise', 'autisme', 'Autisme', [area('Laak', 0, 0, 500), area('Escamp', 3, 1, 10)]),
        item('facility', 'lift', 'Lift', [area('Laak', 0, 0, 500), area('Escamp', 3, 1, 10)]),
      ],
      ['Van de scholen in Laak is geen enkel SOP gepubliceerd; de dekking daar is onbekend.'],
    ],
  ];

  it.each(cases)('%s', (_name, items, expected) => {
    expect(describeGaps({ items })).toEqual(expected);
  });
});
