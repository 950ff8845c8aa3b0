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
  /** Between the password form and the organisation-account button(s). */
  orWith: 'of',
  oidc: {
    title: 'Inloggen met je organisatieaccount is niet gelukt',
    errors: {
      'oidc-unknown':
        'Er is in SOP Atlas geen account voor dit organisatieaccount. Vraag een beheerder van het samenwerkingsverband om een account met jouw e-mailadres.',
      'oidc-disabled': 'Je account in SOP Atlas is uitgeschakeld. Neem contact op met een beheerder.',
      'oidc-linked-elsewhere':
        'Dit e-mailadres hoort in SOP Atlas bij een ander organisatieaccount. Neem contact op met een beheerder.',
      'oidc-denied': 'Inloggen is geannuleerd of geweigerd bij je organisatie.',
      'oidc-expired': 'Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
      'oidc-state': 'Het inloggen kon niet worden gecontroleerd. Probeer het opnieuw.',
      'oidc-failed':
        'Je organisatie gaf een onverwacht antwoord. Probeer het opnieuw of log in met je wachtwoord.',
      'oidc-unavailable':
        'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het later opnieuw of log in met je wachtwoord.',
      other: 'Inloggen met je organisatieaccount is niet gelukt. Probeer het opnieuw.',
    },
  },
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
