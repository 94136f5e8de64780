/** Dutch labels for the fixed vocabularies, as visitors read them. */

export const PROJECT_STATUS_LABEL = {
  voorbereiding: 'in voorbereiding',
  uitvoering: 'in uitvoering',
  afgerond: 'afgerond',
  geevalueerd: 'afgerond en geëvalueerd',
  gestopt: 'gestopt',
} as const;

export const INITIATIEF_STATUS_LABEL = {
  actief: 'actief',
  'in-oprichting': 'in oprichting',
  gestopt: 'gestopt',
} as const;

export const TOEGANKELIJKHEID_LABEL = {
  rolstoeltoegankelijk: 'Toegankelijk met een rolstoel',
  invalidentoilet: 'Invalidentoilet',
  ringleiding: 'Ringleiding voor mensen met een gehoorapparaat',
  lift: 'Lift',
  'parkeren-dichtbij': 'Parkeren dichtbij',
  prikkelarm: 'Prikkelarm',
  gebarentaal: 'Gebarentaal',
  'hulphond-welkom': 'Hulphond welkom',
} as const;

export const ORGANISATIE_SOORT_LABEL = {
  gemeente: 'Gemeente',
  welzijn: 'Welzijnsorganisatie',
  zorg: 'Zorgorganisatie',
  bewonersorganisatie: 'Bewonersorganisatie',
  vereniging: 'Vereniging',
  kerk: 'Kerk',
  onderwijs: 'Onderwijs',
  woningcorporatie: 'Woningcorporatie',
  ondernemer: 'Ondernemer',
  fonds: 'Fonds',
  overig: 'Overig',
} as const;

export const TAAL_LABEL: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  ti: 'Tigrinya',
  uk: 'Oekraïens',
  fy: 'Fries',
  de: 'Duits',
  so: 'Somalisch',
  fa: 'Perzisch',
  es: 'Spaans',
};
