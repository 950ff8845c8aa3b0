/** Dutch text of "Beheer". */
export const adminStrings = {
  token: {
    title: 'Inlezen zonder eigen account',
    label: 'Toegangscode voor inlezen',
    help: 'Alleen nodig als u zonder eigen account bestanden inleest: de code die u van de beheerder van SOP Atlas hebt gekregen. De code blijft alleen in dit tabblad bewaard.',
    save: 'Code bewaren',
    forget: 'Code vergeten',
    saved: 'De code is bewaard voor dit tabblad.',
    none: 'Nog geen code ingevuld.',
  },
  duo: {
    title: 'DUO-bestand inlezen',
    intro: 'Een DUO-bestand met vestigingen (register) of leerlingaantallen per peildatum, als CSV.',
    file: 'Bestand (CSV)',
    partial: 'Goede regels inlezen en foute regels overslaan',
    submit: 'Inlezen',
    busy: 'Bezig met inlezen…',
    needFile: 'Kies eerst een bestand.',
    needToken: 'Log eerst in of vul de toegangscode voor inlezen in.',
    result: (fileName: string) => `Resultaat van ${fileName}`,
    kind: { register: 'vestigingenregister', pupils: 'leerlingaantallen' } as Readonly<
      Record<string, string>
    >,
    unchanged: 'Niets veranderd: dit bestand was al ingelezen.',
    schools: (inserted: string, updated: string, unchanged: string) =>
      `Scholen: ${inserted} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd`,
    pupils: (inserted: string, updated: string, unchanged: string) =>
      `Leerlingaantallen: ${inserted} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd`,
    otherSwv: (n: string) => `${n} regels van een ander samenwerkingsverband overgeslagen`,
    missing: (columns: string) => `Ontbrekende kolommen: ${columns}`,
    warnings: 'Waarschuwingen',
    rejected: 'Overgeslagen regels',
    problems: 'Problemen (niets ingelezen)',
    line: 'Regel',
    column: 'Kolom',
    message: 'Melding',
    failed: 'Inlezen mislukt',
  },
  sop: {
    title: 'SOP-documenten inlezen',
    intro:
      'Een of meer SOPs (PDF, Word of tekst). Elk document wordt gekoppeld aan zijn school uit DUO en als concept ingelezen, of direct gepubliceerd als het samenwerkingsverband dat voor documenten zonder waarschuwingen heeft gekozen. Past een document bij geen school, dan wacht het op een keuze onder "Na het inlezen".',
    files: 'Documenten',
    submit: 'Inlezen',
    busy: 'Bezig met inlezen…',
    needFiles: 'Kies eerst een of meer documenten.',
    caption: 'Resultaat per document',
    file: 'Document',
    status: 'Resultaat',
    details: 'Toelichting',
    statuses: {
      imported: 'ingelezen als concept',
      duplicate: 'al eerder ingelezen',
      'to-match': 'te koppelen aan een school',
      failed: 'mislukt',
    } as Readonly<Record<string, string>>,
    newSchool: 'nieuwe school aangemaakt',
    published: 'direct gepubliceerd (geen waarschuwingen)',
    profile: 'schoolprofiel',
  },
  http: {
    unauthorized: 'Geen of een onjuiste toegangscode.',
    forbidden: 'Deze code geeft geen toegang tot inlezen.',
    tooLarge: 'Het bestand is te groot.',
    status: (status: number) => `De server antwoordde met status ${status}.`,
    network: 'Geen verbinding met de server.',
  },
  title: 'Beheer',
  session: (email: string) =>
    `Je bent ingelogd als ${email}: inlezen, beoordelen en publiceren gaan met je eigen account (de toegangscode is niet nodig).`,
  intro:
    'Instellingen van het samenwerkingsverband. Hier staan de bedragen waarmee de basisondersteuning per school wordt berekend: een vaste voet per schoolvestiging plus een bedrag per leerling.',
  funding: {
    title: 'Bekostiging basisondersteuning per kalenderjaar',
    description: (pupils: number) =>
      `Grafiek: bedrag per leerling; de tabel toont ook de vaste voet en het formulebedrag voor een school van ${pupils} leerlingen`,
    unit: 'euro',
    index: 'Kalenderjaar',
    perPupil: 'Per leerling',
    base: 'Vaste voet per vestiging',
    example: (pupils: number) => `Voorbeeldschool (${pupils} leerlingen)`,
    empty: 'Er zijn nog geen bedragen ingevoerd.',
    tableTitle: 'Ingevoerde bedragen',
    note: 'Toelichting',
    source: 'Bron',
    published: (base: string, perPupil: string, note: string) =>
      `Zonder ingevoerde bedragen geldt de enige gepubliceerde SPPOH-formule: ${base} per vestiging + ${perPupil} per leerling. ${note}`,
  },
  fundingForm: {
    title: 'Bedragen van een kalenderjaar vastleggen',
    intro:
      'Vul de formule in die het samenwerkingsverband voor een kalenderjaar hanteert. Een jaar dat al bestaat wordt vervangen; de wijziging geldt meteen voor alle berekeningen.',
    year: 'Kalenderjaar',
    base: 'Vaste voet per vestiging (euro)',
    perPupil: 'Bedrag per leerling (euro)',
    note: 'Bron of toelichting (bijvoorbeeld het besluit of de begroting)',
    submit: 'Bedragen vastleggen',
    busy: 'Bezig met vastleggen…',
    saved: (year: number) => `De bedragen voor ${year} zijn vastgelegd.`,
    replaces: (year: number) => `Let op: ${year} bestaat al; deze bedragen vervangen de huidige.`,
    errors: {
      year: 'Vul een kalenderjaar in tussen 2000 en 2100.',
      base: 'Vul een bedrag in euro in tussen 0 en 10.000.000, bijvoorbeeld 7.000.',
      perPupil: 'Vul een bedrag in euro in tussen 0 en 100.000, bijvoorbeeld 106,50.',
      note: 'De toelichting mag hoogstens 1.000 tekens hebben.',
    },
    failed: (message: string) => `Vastleggen mislukt: ${message}`,
  },
  staffOnly:
    'Documenten inlezen, concepten beoordelen en DUO-bestanden inlezen doen medewerkers van het samenwerkingsverband.',
} as const;
