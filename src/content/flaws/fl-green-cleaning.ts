import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-green-cleaning',
  competency: 'quality-assurance',
  level: 'intermediate',
  department: 'marketing',
  title: {
    nb: 'Nettsidetekst om grønt renhold',
    en: 'Website copy about green cleaning',
  },
  request: {
    nb: 'Skriv en kort tekst til nettsiden om den nye renholdstjenesten vår for kontorer. Fakta: Svanemerkede vaskemidler, renholderne kjører elbil mellom oppdragene, pris fra [PRIS] kroner per kvadratmeter per måned eks. mva, frekvens fra daglig til ukentlig, gratis befaring.',
    en: 'Write a short text for the website about our new cleaning service for offices. Facts: Nordic Swan Ecolabelled detergents, the cleaners drive electric cars between jobs, price from NOK [PRICE] per square metre per month excl. VAT, frequency from daily to weekly, free site visit.',
  },
  sentences: [
    {
      id: 'fl-green-cleaning.s1',
      flawed: false,
      text: {
        nb: 'Nå kan kontoret ditt få renhold med Svanemerkede vaskemidler.',
        en: 'Your office can now be cleaned with Nordic Swan Ecolabelled detergents.',
      },
    },
    {
      id: 'fl-green-cleaning.s2',
      flawed: false,
      text: {
        nb: 'Renholderne våre kjører elbil mellom oppdragene.',
        en: 'Our cleaners drive electric cars between jobs.',
      },
    },
    {
      id: 'fl-green-cleaning.s3',
      flawed: true,
      kind: 'invented-claim',
      text: {
        nb: 'Vi er Norges mest miljøvennlige renholdsbyrå.',
        en: "We are Norway's most environmentally friendly cleaning company.",
      },
      explanation: {
        nb: 'En påstand uten dekning. Påstander i markedsføring må kunne dokumenteres, og Forbrukertilsynet følger særlig med på miljøpåstander. Dere har ikke noe grunnlag for å være «mest miljøvennlig» i Norge. Stryk superlativet, eller beskriv heller hva dere faktisk gjør.',
        en: 'An unsupported claim. Claims in marketing must be possible to document, and the Consumer Authority keeps a particularly close eye on environmental claims. You have no basis for being the "most environmentally friendly" in Norway. Delete the superlative, or describe what you actually do instead.',
      },
    },
    {
      id: 'fl-green-cleaning.s4',
      flawed: true,
      kind: 'unverifiable-source',
      text: {
        nb: 'En studie fra Nordisk institutt for renholdsforskning fra 2023 viser at grønt renhold reduserer sykefraværet med 30 prosent.',
        en: 'A 2023 study from the Nordic Institute for Cleaning Research shows that green cleaning reduces sickness absence by 30 per cent.',
      },
      explanation: {
        nb: 'Sannsynligvis en oppdiktet kilde. Studien stod ikke i faktaene du ga, og KI oppgir verken tittel eller lenke. KI lager ofte kilder som høres troverdige ut. Finn studien selv og sjekk at tallet står der; finner du den ikke, stryk setningen.',
        en: 'Probably an invented source. The study was not in the facts you gave, and the AI gives neither a title nor a link. AI often produces sources that sound credible. Find the study yourself and check that the figure is there; if you cannot find it, delete the sentence.',
      },
    },
    {
      id: 'fl-green-cleaning.s5',
      flawed: false,
      text: {
        nb: 'Prisen starter på [PRIS] kroner per kvadratmeter per måned, eksklusiv merverdiavgift.',
        en: 'Prices start at NOK [PRICE] per square metre per month, excluding VAT.',
      },
    },
    {
      id: 'fl-green-cleaning.s6',
      flawed: false,
      text: {
        nb: 'Alle priser er oppgitt uten merverdiavgift, som er 25 prosent på renhold.',
        en: 'All prices are quoted without VAT, which is 25 per cent on cleaning.',
      },
    },
    {
      id: 'fl-green-cleaning.s7',
      flawed: false,
      text: {
        nb: 'Du velger selv hvor ofte vi kommer, fra daglig renhold til én gang i uka.',
        en: 'You choose how often we come, from daily cleaning to once a week.',
      },
    },
    {
      id: 'fl-green-cleaning.s8',
      flawed: false,
      text: {
        nb: 'Bestill en gratis befaring, så får du et fast pristilbud.',
        en: 'Book a free site visit, and you will get a fixed quote.',
      },
    },
  ],
} satisfies SpotTheFlaw
