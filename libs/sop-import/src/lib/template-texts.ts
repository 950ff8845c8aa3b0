/**
 * Fixed texts of the Haaglanden model SOP 2021-2025: template instructions and regional paragraphs that every
 * school's document carries. They are not school data, so the parser removes them; the test fixtures render them
 * so generated documents look like real ones.
 */

export const TEMPLATE_TITLE = 'Schoolondersteuningsprofiel (SOP) Haaglanden';

export const VISION_INSTRUCTION =
  'Beschrijf kort de visie op passend onderwijs van de school. Voor uitgebreidere informatie kan verwezen worden naar het schoolplan, de schoolgids of de website.';

export const STRUCTURE_TEXT =
  'De ondersteuningsstructuur van de school is het systeem waarmee de school het onderwijs evalueert en de ontwikkeling van individuele leerlingen volgt, ook wel de zorgstructuur genoemd. Onderdeel hiervan is een team dat de uitvoering van de basisondersteuning en extra ondersteuning coördineert en stimuleert. Dit team geeft deze ondersteuning vorm samen met onder meer de leerling, de leerkracht(en), ouders, de adviseur passend onderwijs van het samenwerkingsverband, de schoolmaatschappelijk werker en andere deskundigen. In het schoolplan wordt beschreven wie en met welke expertise onderdeel is van die ondersteuningsstructuur en hoe dit zichtbaar wordt gemaakt voor de leerkrachten, ouders en leerlingen.';

export const STRUCTURE_PROMPTS = [
  'Zo ziet de zorgstructuur van onze school eruit:',
  '*De school kan hier ook verwijzen naar het schoolplan.',
] as const;

export const HGW_TEXT =
  'In Haaglanden hebben we afgesproken dat we de onderwijsontwikkeling van kinderen volgen door de uitgangspunten van Handelingsgericht Werken te gebruiken. Hieronder verstaan we dat de school vanuit overzicht (wat is bekend) en inzicht (verklarende factoren) tot een passend uitzicht (passend aanbod) voor een leerling komt. Hierbij wordt de ontwikkeling van de leerling regelmatig geëvalueerd en worden zo nodig de doelen of het plan van aanpak voor de leerling bijgesteld. Scholen werken doelgericht en denken in mogelijkheden.';

/** The first row of the HGW table: a statement of the template, not one of the seven principles. */
export const HGW_HEADER_ROW = 'Handelingsgericht werken is een actuele werkwijze binnen onze school.';

export const EXTRA_SUPPORT_TEXT =
  'Leerlingen die meer ondersteuning nodig hebben dan binnen de basisondersteuning van onze school mogelijk is, kunnen in aanmerking komen voor extra ondersteuning. Dit kan in de vorm van een arrangement vanuit het samenwerkingsverband, de inzet van jeugdhulp of een verwijzing naar het speciaal basisonderwijs of het speciaal onderwijs*. De extra ondersteuning wordt besproken in het multidisciplinair overleg (MDO) in overleg met de ouders en indien mogelijk ook met de leerling. Bij het vormgeven van extra ondersteuning is de adviseur passend onderwijs van het samenwerkingsverband betrokken. Zie voor meer informatie de website van het samenwerkingsverband SPPOH, www.sppoh.nl. De intern begeleider is aanspreekpunt voor de ouders, leerkracht en leerling bij het vormgeven van extra ondersteuning.';

export const EXTRA_SUPPORT_FOOTNOTE = '*SO en SBO beschrijft dit op eigen wijze.';

export const FUNDING_TEXT =
  'Elke school ontvangt een geldbedrag ter versterking van de basisondersteuning inclusief interventies. Dit bedrag wordt per schooljaar vastgesteld en toegekend. Het bestaat uit een vaste voet per zelfstandige schoollocatie en een bedrag per leerling.';

/** The template's "Denk aan:" examples in the extra-offer table. */
export const EXTRA_OFFER_HINTS = ['Powerkidzzz training', 'Playing for keeps', 'KIES training'] as const;
