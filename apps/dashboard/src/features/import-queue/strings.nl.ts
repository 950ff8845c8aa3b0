/** Dutch text of "Na het inlezen" in Beheer: the import queue, bulk publishing and documents to match. */
export const importQueueStrings = {
  title: 'Na het inlezen',
  intro:
    'Waar de ingelezen documenten staan: klaar om te publiceren, te beoordelen (waarschuwingen) of te koppelen aan een school.',
  figures: {
    ready: 'Klaar (geen waarschuwingen)',
    needsReview: 'Te beoordelen',
    toMatch: 'Te koppelen aan een school',
  },
  publishAll: (n: number) => `Alles wat klaar is publiceren (${n})`,
  publishing: 'Bezig met publiceren…',
  published: (n: number, waiting: number) =>
    `${n} SOP${n === 1 ? '' : "'s"} gepubliceerd; ${waiting} concept${waiting === 1 ? '' : 'en'} met waarschuwingen wacht${waiting === 1 ? '' : 'en'} op beoordeling.`,
  policy: 'Documenten zonder waarschuwingen direct publiceren bij het inlezen',
  policyHelp: 'Geldt voor het hele samenwerkingsverband; elke wijziging komt in het logboek.',
  policySaved: (on: boolean) =>
    on
      ? 'Vanaf nu worden documenten zonder waarschuwingen direct gepubliceerd.'
      : 'Vanaf nu wordt elk document eerst een concept.',
  matches: {
    caption: (n: number) => `Te koppelen (${n})`,
    empty: 'Geen documenten die op een school wachten.',
    document: 'Document',
    says: 'Het document noemt',
    why: 'Waarom niet gekoppeld',
    choose: 'Koppelen',
    suggestion: (name: string, postcode: string | null, reason: string) =>
      `Koppel aan ${name}${postcode ? ` (${postcode})` : ''}: ${reason}`,
    noSuggestions: 'Geen school lijkt erop.',
    newSchool: 'Nieuwe school aanmaken uit dit document',
    linked: (file: string) => `${file} is gekoppeld; het SOP staat bij de school.`,
  },
  needLogin: 'Log in met een account van het samenwerkingsverband om te publiceren en te koppelen.',
} as const;
