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
    shown === total ? `${total} ${total === 1 ? 'school' : 'scholen'}` : `${shown} van ${total} scholen`,
  table: {
    caption: 'Scholen van SPPOH',
    name: 'Naam',
    place: 'Plaats',
    werkgebied: 'Werkgebied',
    kind: 'Soort',
    pupils: 'Leerlingen',
    sop: 'SOP',
  },
  pupilsSuppressed: '<5',
  pupilsSuppressedTitle: 'Minder dan 5 (DUO toont het precieze aantal niet)',
  pupilsDate: (date: string) => `peildatum ${date}`,
  sop: {
    ontbreekt: 'geen SOP',
    verouderd: 'verouderd',
    status: {
      PUBLISHED: 'gepubliceerd',
      DRAFT: 'concept',
      IN_REVIEW: 'in beoordeling',
      ARCHIVED: 'gearchiveerd',
    },
  },
  empty: 'Er zijn nog geen scholen ingelezen.',
  noMatch: 'Geen scholen gevonden met deze filters.',
  unknown: 'onbekend',
} as const;
