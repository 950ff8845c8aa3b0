/** Dutch text of the Regio-overzicht. */
export const regionStrings = {
  title: 'Regio-overzicht',
  intro:
    'Kerncijfers van de scholen van SPPOH in Den Haag, Rijswijk en Leidschendam-Voorburg, berekend uit de schoollijst.',
  figures: {
    label: 'Kerncijfers',
    schools: 'Scholen',
    pupils: 'Leerlingen',
    pupilsNote: (known: number, total: number) => `bekend voor ${known} van ${total} scholen`,
    kinds: 'Soort onderwijs',
    demo: 'Demo-scholen',
    demoNote: 'fictief, niet voor beleid',
  },
  schoolsChart: {
    title: 'Aantal scholen per werkgebied, naar soort onderwijs',
    description: 'Klik op een balk of naam om de scholen van dat werkgebied te zien',
    unit: 'scholen',
    index: 'Werkgebied',
  },
  pupilsChart: {
    title: 'Aantal leerlingen per werkgebied',
    description: 'Som van de bekende leerlingaantallen (DUO)',
    unit: 'leerlingen',
    index: 'Werkgebied',
    series: 'Leerlingen',
    empty: 'Nog geen leerlingaantallen bekend.',
  },
  map: {
    title: 'Scholen per werkgebied op de kaart',
    description: 'Cirkels staan op het midden van elk werkgebied; de grootte volgt het aantal scholen',
    unit: 'scholen',
    attribution: 'Kaartgegevens © Kadaster',
    tooltip: (name: string, count: number) => `${name}: ${count} ${count === 1 ? 'school' : 'scholen'}`,
    empty: 'Nog geen scholen met een bekend werkgebied.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
  },
  empty: 'Er zijn nog geen scholen ingelezen.',
} as const;
