/** Dutch text of the "Scholen zoeken" feature. */
export const schoolsStrings = {
  title: 'Scholen zoeken',
  intro: 'Alle scholen van SPPOH. Zoek op naam of plaats en filter op werkgebied en soort onderwijs.',
  filters: {
    legend: 'Filters',
    text: 'Zoek op naam of plaats',
    textPlaceholder: 'bijvoorbeeld Regenboog of Rijswijk',
    werkgebied: 'Werkgebied',
    allWerkgebieden: 'Alle werkgebieden',
    unknownWerkgebied: 'Geen werkgebied bekend',
    kind: 'Soort onderwijs',
    allKinds: 'Alle soorten',
    reset: 'Filters wissen',
  },
  count: (shown: number, total: number) =>
    shown === total ? `${total} scholen` : `${shown} van ${total} scholen`,
  table: {
    caption: 'Scholen van SPPOH',
    name: 'Naam',
    place: 'Plaats',
    werkgebied: 'Werkgebied',
    kind: 'Soort',
    pupils: 'Leerlingen',
  },
  empty: 'Er zijn nog geen scholen ingelezen.',
  noMatch: 'Geen scholen gevonden met deze filters.',
  unknown: 'onbekend',
} as const;
