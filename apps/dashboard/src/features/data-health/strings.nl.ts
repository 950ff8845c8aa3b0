/** Dutch text of data health (Beheer): schools whose place in the region is missing or estimated. */
export const dataHealthStrings = {
  title: 'Datagezondheid: plaats van scholen',
  intro:
    'Scholen zonder werkgebied tellen niet mee in het regio-overzicht en het rapport; scholen zonder coördinaten vindt “in de buurt van” niet. Herstel ze hier met één klik: kies het werkgebied of zet een speld op de kaart.',
  caption: (n: number) => `Scholen om te herstellen (${n})`,
  none: 'Alle scholen hebben een werkgebied en coördinaten; geen werkgebied is geschat.',
  school: 'School',
  address: 'Adres',
  problem: 'Wat ontbreekt',
  fix: 'Herstel',
  problems: {
    NO_WERKGEBIED: 'geen werkgebied (telt niet mee in het overzicht)',
    NO_COORDINATES: 'geen coördinaten (niet te vinden op afstand)',
    ESTIMATED_WERKGEBIED: 'werkgebied geschat uit de postcodetabel',
  } as Readonly<Record<string, string>>,
  werkgebied: (school: string) => `Werkgebied van ${school}`,
  choose: 'Kies…',
  saveWerkgebied: 'Werkgebied vastleggen',
  confirmWerkgebied: 'Geschat werkgebied bevestigen',
  pin: 'Speld zetten',
  pinTitle: (school: string) => `Speld voor ${school}`,
  pinHelp:
    'Klik op de kaart waar de school staat, of vul de coördinaten in (graden, bijvoorbeeld 52,0712 en 4,3125).',
  latitude: 'Breedtegraad',
  longitude: 'Lengtegraad',
  savePin: 'Speld vastleggen',
  cancel: 'Annuleren',
  map: 'Kaart om de speld te zetten',
  saved: (school: string) => `${school} is bijgewerkt en vastgelegd in het logboek.`,
  badCoordinate: (what: string) => `${what} is geen getal in graden (bijvoorbeeld 52,0712).`,
  failed: (message: string) => `Mislukt: ${message}`,
} as const;
