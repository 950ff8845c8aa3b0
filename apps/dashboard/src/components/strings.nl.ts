/** Dutch text of the shared UI (layout, states, chart frame). */
export const sharedStrings = {
  appName: 'SOP Atlas',
  appTagline: 'Schoolondersteuningsprofielen SPPOH',
  skipToContent: 'Naar de inhoud',
  navLabel: 'Hoofdmenu',
  nav: {
    overview: 'Regio-overzicht',
    schools: 'Scholen zoeken',
    compare: 'Vergelijken',
    admin: 'Beheer',
  },
  demoNotice: {
    title: 'Demo-gegevens (fictief)',
    body: 'Scholen met het label “demo” zijn verzonnen voorbeelden. Gebruik ze niet voor beleid of advies.',
    /** On phones: the same warning in one line. */
    short: 'Scholen met “demo” zijn verzonnen.',
  },
  footer:
    'SPPOH · samenwerkingsverband passend onderwijs PO 28-15 · Den Haag, Rijswijk en Leidschendam-Voorburg',
  loading: 'Gegevens worden geladen…',
  errorTitle: 'Er ging iets mis',
  retry: 'Opnieuw proberen',
  empty: 'Geen gegevens om te tonen.',
  pending: {
    title: 'Deze pagina volgt',
    body: 'Dit onderdeel is nog niet gebouwd. Het verschijnt in een volgende versie.',
  },
  fileInput: {
    choose: (multiple: boolean) => (multiple ? 'Bestanden kiezen' : 'Bestand kiezen'),
    none: (multiple: boolean) => (multiple ? 'Geen bestanden gekozen' : 'Geen bestand gekozen'),
    many: (count: number) => `${count} bestanden gekozen`,
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet. Kies een onderdeel in het menu.',
  },
  chart: {
    showTable: 'Bekijk als tabel',
    showChart: 'Bekijk als grafiek',
    unit: (unit: string) => `Eenheid: ${unit}`,
    select: (label: string) => `Toon ${label}`,
    sortBy: (label: string) => `Sorteer op ${label}`,
  },
  boxPlot: {
    min: 'Laagste',
    q1: 'Eerste kwartiel',
    median: 'Mediaan',
    q3: 'Derde kwartiel',
    max: 'Hoogste',
  },
} as const;
