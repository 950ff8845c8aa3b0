/** Dutch text of "Vergelijken". */
export const compareStrings = {
  title: 'Vergelijken',
  intro:
    'Zet scholen naast elkaar op wat hun nieuwste SOP zegt over expertise in het team, externe deskundigen en voorzieningen.',
  picker: {
    legend: (max: number) => `Kies scholen om te vergelijken (hoogstens ${max})`,
    filter: 'Filter de lijst op naam',
    selected: (n: number) => (n === 1 ? '1 school gekozen' : `${n} scholen gekozen`),
    clear: 'Keuze wissen',
    full: (max: number) => `Er zijn al ${max} scholen gekozen.`,
    noSchools: 'Er zijn nog geen scholen ingelezen.',
  },
  nothingSelected: 'Kies hierboven een of meer scholen.',
  noSop: (name: string) => `${name}: geen SOP beschikbaar`,
  column: (name: string, year: string) => `${name} (${year})`,
  expertise: {
    title: 'Extra expertise binnen het team (SOP 2D), per school',
    description: '2 = binnen het team, 1 = ingekocht wanneer nodig, 0 = niet aanwezig, – = onbekend',
    unit: 'beschikbaarheid (0–2)',
    index: 'Expertise',
    values: ['niet aanwezig', 'ingekocht', 'binnen het team'],
  },
  partners: {
    title: 'Inzet van externe deskundigen (SOP 2D), per school',
    description: '3 = structureel, 2 = regelmatig, 1 = incidenteel, 0 = niet van toepassing, – = onbekend',
    unit: 'frequentie (0–3)',
    index: 'Deskundige',
    values: ['niet van toepassing', 'incidenteel', 'regelmatig', 'structureel'],
  },
  facilities: {
    title: 'Bijzondere voorzieningen (SOP 2D), per school',
    description: '1 = aanwezig, 0 = niet van toepassing, – = onbekend',
    unit: 'aanwezig (0–1)',
    index: 'Voorziening',
    values: ['niet van toepassing', 'aanwezig'],
  },
} as const;
