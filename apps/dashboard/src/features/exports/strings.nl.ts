/** Dutch text of downloads, the region report and open data. */
export const exportStrings = {
  links: (what: string) => `Downloads: ${what}`,
  csv: 'Download CSV',
  xlsx: 'Download Excel',
  /** Read after the visible text by screen readers: which table. */
  suffix: (what: string) => `: ${what}`,
  what: {
    schools: 'zoekresultaten',
    compare: 'vergelijking',
    coverage: 'dekkingsmatrix',
    funding: 'basisondersteuning per school',
  },
  report: {
    title: 'Rapport',
    intro: (year: string, gebied: string) =>
      `Het rapport “dekkend aanbod” voor ${year} (${gebied}): dekking, hiaten en bekostiging, om te printen of als PDF te bewaren.`,
    region: 'heel SPPOH',
    print: 'Printversie openen',
    newTab: ' (opent in een nieuw tabblad)',
    start: 'PDF-rapport maken',
    starting: 'Opdracht wordt gestart…',
    needStaff: 'Een PDF-rapport maken kan na inloggen als medewerker van het samenwerkingsverband.',
    progress: 'Voortgang van het PDF-rapport',
    statuses: {
      queued: 'In de wachtrij…',
      running: 'Wordt gemaakt…',
      done: 'Het PDF-rapport is klaar.',
      failed: 'Het maken van het PDF-rapport is mislukt.',
    },
    download: 'PDF downloaden',
    again: 'Opnieuw maken',
    errors: {
      unauthorized: 'Je sessie is verlopen. Log opnieuw in.',
      forbidden: 'Je account mag geen rapporten maken.',
      busy: 'Er worden al veel rapporten gemaakt. Probeer het over een minuut opnieuw.',
      status: (status: number) => `De server antwoordde met status ${status}.`,
      network: 'Geen verbinding met de server.',
    },
  },
  openData: {
    title: 'Open data',
    intro: 'Alle gepubliceerde SOPs als open data (JSON per school, met een schema).',
    index: 'Overzicht (index.json)',
    zip: 'Alle SOPs als zip (sops.zip)',
  },
} as const;
