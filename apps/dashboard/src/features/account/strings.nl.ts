/** Dutch text of signing in and out. */
export const accountStrings = {
  login: 'Inloggen',
  logout: 'Uitloggen',
  loggingOut: 'Bezig met uitloggen…',
  title: 'Inloggen bij SOP Atlas',
  intro: 'Voor medewerkers van het samenwerkingsverband en redacteuren van scholen.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  busy: 'Bezig met inloggen…',
  cancel: 'Annuleren',
  signedInAs: (email: string) => `Ingelogd als ${email}`,
  roles: {
    'swv-staff': 'medewerker SWV',
    'school-editor': 'redacteur school',
    admin: 'beheerder',
  } as Readonly<Record<string, string>>,
  errors: {
    required: 'Vul je e-mailadres en wachtwoord in.',
    wrongPassword:
      'Onjuist e-mailadres of wachtwoord. Na 5 mislukte pogingen wordt het account 15 minuten geblokkeerd; probeer het dan later opnieuw.',
    locked:
      'Te veel mislukte pogingen. Het inloggen is tijdelijk geblokkeerd; probeer het over 15 minuten opnieuw.',
    network: 'Geen verbinding met de server. Probeer het opnieuw.',
    other: (message: string) => `Inloggen mislukt: ${message}`,
    logout: 'Uitloggen mislukt. Probeer het opnieuw.',
  },
} as const;
