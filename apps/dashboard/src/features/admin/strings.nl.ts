/** Dutch text of "Beheer". */
export const adminStrings = {
  title: 'Beheer',
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
  pendingEditing: 'Bedragen wijzigen en gebruikers beheren volgen in een volgende versie.',
} as const;
