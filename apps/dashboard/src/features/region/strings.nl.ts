/** Dutch text of the Regio-overzicht. */
export const regionStrings = {
  insights: {
    year: 'Schooljaar',
    werkgebied: 'Werkgebied',
    allWerkgebieden: 'Heel SPPOH',
    /** `years`: the year asked for and every year between it and the one shown, oldest first; none has SOPs. */
    fallback: (years: readonly string[], shown: string) =>
      `Voor ${years.length > 1 ? `${years.slice(0, -1).join(', ')} en ${years.at(-1) ?? ''}` : (years[0] ?? '')} zijn nog geen SOPs gepubliceerd; u ziet ${shown}, het nieuwste schooljaar met gepubliceerde SOPs.`,
    figures: 'Kerncijfers SOPs',
    schools: 'Scholen in SPPOH',
    withSop: 'Met gepubliceerd SOP',
    withoutSop: 'Zonder gepubliceerd SOP',
    stale: 'Verouderd SOP',
    warnings: 'SOPs met open waarschuwingen',
    // Beheer's list counts the concepts of every year ("Concepten van alle schooljaren"); this figure one year's.
    review: (schoolYear: string) => `Concepten ${schoolYear} die wachten op beoordeling`,
    leftOut: 'Niet meegeteld (geen werkgebied)',
    showSchools: (label: string) => `(${label.toLowerCase()}): toon deze scholen`,
    /** How each figure is counted: the same definitions as the exports and the PDF report. */
    notes: {
      schools:
        'scholen met een werkgebied van SPPOH (de schoollijst hierboven telt ook scholen zonder werkgebied)',
      withSop: (schoolYear: string) =>
        `een gepubliceerd SOP voor ${schoolYear}; de noemer van elk aandeel hieronder`,
      withoutSop: (schoolYear: string) => `geen gepubliceerd SOP voor ${schoolYear}`,
      stale: 'het nieuwste gepubliceerde SOP is ouder dan de termijn van het samenwerkingsverband',
      warnings: 'gepubliceerde SOPs waarvan een inleeswaarschuwing nog open staat',
      review: 'concepten en SOPs ter beoordeling van dit schooljaar',
      leftOut: 'scholen in de gemeenten van SPPOH zonder werkgebied',
    },
    leftOutNote: (n: number) =>
      `${n === 1 ? 'Eén school telt' : `${n} scholen tellen`} niet mee in dit overzicht omdat ze geen werkgebied ${n === 1 ? 'heeft' : 'hebben'}; SWV-staf kiest het werkgebied op het schoolprofiel:`,
    coverage: {
      expertiseTitle: 'Expertise binnen het team per werkgebied',
      facilityTitle: 'Bijzondere voorzieningen per werkgebied',
      description:
        'Aandeel scholen met een gepubliceerd SOP dat het onderdeel heeft. Klik op een cel voor die scholen',
      unit: 'procent van de scholen',
      index: 'Onderdeel',
      region: 'SPPOH',
      empty: 'Geen SOPs voor dit schooljaar.',
    },
    gaps: {
      title: 'Witte vlekken: werkgebieden waar niemand het heeft',
      description: 'Gesorteerd op het aantal leerlingen in die werkgebieden',
      item: 'Onderdeel',
      werkgebieden: 'Werkgebieden zonder',
      pupils: 'Leerlingen daar',
      none: 'Geen witte vlekken: elk onderdeel is in elk werkgebied te vinden.',
    },
    funding: {
      title: 'Basisondersteuning per leerling',
      description:
        'Boxplot per groep: de streep is de mediaan, het blok loopt van het eerste tot het derde kwartiel, de snorharen van het laagste tot het hoogste bedrag; alle scholen en per grootte (leerlingen, klein naar groot). Klik op een groep voor die scholen',
      unit: 'euro per leerling',
      index: 'Groep',
      all: 'Alle scholen',
      empty: 'Geen bedragen met leerlingaantallen voor dit jaar.',
      outliers: 'Uitschieters (buiten 1,5 × de kwartielafstand)',
      outlierGroup: (group: string) => `groep ${group}`,
      noOutliers: 'Geen uitschieters.',
    },
    scatter: {
      title: 'Basisondersteuning per leerling tegen schoolgrootte',
      description: 'Per school het nieuwste bedrag uit het SOP; klik op een punt voor het schoolprofiel',
      unit: 'euro per leerling (y), leerlingen (x)',
      index: 'School',
      pupils: 'Leerlingen',
      perPupil: 'Euro per leerling',
      empty: 'Geen scholen met zowel een bedrag als een leerlingaantal.',
    },
    hgw: {
      title: 'Handelingsgericht werken: aandeel “op orde” per jaar',
      unit: 'procent van de scholen',
      index: 'Schooljaar',
      empty: 'Nog geen ontwikkeling te tonen.',
    },
    trend: {
      title: (label: string) => `Ontwikkeling: ${label}`,
      pick: 'Onderdeel',
      unit: 'procent van de scholen',
      index: 'Schooljaar',
      series: 'Aandeel scholen',
    },
    kinds: {
      expertise: 'Expertise',
      facility: 'Voorziening',
      partner: 'Externe deskundige',
      hgw: 'Handelingsgericht werken (HGW)',
    },
  },
  title: 'Regio-overzicht',
  intro:
    'Kerncijfers van de scholen van SPPOH in Den Haag, Rijswijk en Leidschendam-Voorburg, berekend uit de schoollijst.',
  figures: {
    label: 'Kerncijfers',
    schools: 'Scholen',
    schoolsNote: 'alle scholen in de schoollijst, ook zonder werkgebied',
    showSchools: 'toon alle scholen',
    showKind: (label: string) => `toon de scholen voor ${label.toLowerCase()}`,
    pupils: 'Leerlingen',
    pupilsNote: (known: number, total: number) => `bekend voor ${known} van ${total} scholen`,
    kinds: 'Soort onderwijs',
    demo: 'Demo-scholen',
    demoNote: 'fictief, niet voor beleid',
    showDemo: 'toon de demo-scholen',
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
