import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-roi-pilot',
  competency: 'roi-measurement',
  level: 'expert',
  department: 'production',
  title: {
    nb: 'ROI-sammendrag fra en pilot',
    en: 'ROI summary from a pilot',
  },
  request: {
    nb: 'Lag et kort ROI-sammendrag til ledelsen om KI-piloten i produksjonsplanleggingen. Tall: 12 deltakere, i snitt 2 timer spart per person per uke (selvrapportert), 40 arbeidsuker, timekost 650 kroner, samlede kostnader 250 000 kroner. Neste steg: utvide til ett skift til og rapportere på nytt om seks uker.',
    en: 'Write a short ROI summary for management about the AI pilot in production planning. Figures: 12 participants, on average 2 hours saved per person per week (self-reported), 40 working weeks, hourly cost NOK 650, total costs NOK 250,000. Next step: extend to one more shift and report again in six weeks.',
  },
  sentences: [
    {
      id: 'fl-roi-pilot.s1',
      flawed: false,
      text: {
        nb: 'Piloten i produksjonsplanleggingen hadde 12 deltakere.',
        en: 'The pilot in production planning had 12 participants.',
      },
    },
    {
      id: 'fl-roi-pilot.s2',
      flawed: false,
      text: {
        nb: 'Deltakerne rapporterte selv at de i snitt sparte to timer per uke.',
        en: 'The participants reported that they saved two hours a week on average.',
      },
    },
    {
      id: 'fl-roi-pilot.s3',
      flawed: false,
      text: {
        nb: 'Over 40 arbeidsuker blir det 960 timer, og med en timekost på 650 kroner gir det en nytte på 624 000 kroner.',
        en: 'Over 40 working weeks that comes to 960 hours, and with an hourly cost of NOK 650 that gives a benefit of NOK 624,000.',
      },
    },
    {
      id: 'fl-roi-pilot.s4',
      flawed: true,
      kind: 'arithmetic',
      text: {
        nb: 'Med kostnader på 250 000 kroner blir ROI 624 000 / 250 000 × 100, altså om lag 250 prosent.',
        en: 'With costs of NOK 250,000, the ROI is 624,000 / 250,000 × 100, or about 250 per cent.',
      },
      explanation: {
        nb: 'Feil formel. ROI = (nytte − kostnad) / kostnad × 100. Her blir det (624 000 − 250 000) / 250 000 × 100 ≈ 150 prosent. KI har delt nytten på kostnaden og glemt å trekke fra kostnaden. Sjekk formelen og regn selv.',
        en: 'The wrong formula. ROI = (benefit − cost) / cost × 100. Here that gives (624,000 − 250,000) / 250,000 × 100 ≈ 150 per cent. The AI divided the benefit by the cost and forgot to subtract the cost. Check the formula and do the sum yourself.',
      },
    },
    {
      id: 'fl-roi-pilot.s5',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Tallene er målt og dokumentert, så gevinsten er sikker.',
        en: 'The figures are measured and documented, so the benefit is certain.',
      },
      explanation: {
        nb: 'For skråsikkert, og feil merket. Tidsbesparelsen er selvrapportert, ikke målt, så nytten er et anslag. Merk tallet som selvrapportert, vis et lavt og et høyt anslag, og si hva dere vil måle for å bli sikrere.',
        en: 'Too sure of itself, and wrongly labelled. The time saving is self-reported, not measured, so the benefit is an estimate. Label the figure as self-reported, show a low and a high estimate, and say what you will measure to become more certain.',
      },
    },
    {
      id: 'fl-roi-pilot.s6',
      flawed: true,
      kind: 'unverifiable-source',
      text: {
        nb: 'Det er tre ganger bedre enn bransjesnittet på 50 prosent, ifølge Nordisk KI-indeks for industrien 2024.',
        en: 'That is three times better than the industry average of 50 per cent, according to the Nordic AI Index for Industry 2024.',
      },
      explanation: {
        nb: 'En kilde KI har funnet på. Rapporten stod ikke i underlaget, og det følger ingen lenke med. Finn kilden selv og sjekk tallet, eller stryk setningen. Sammenligningen bygger dessuten på den gale ROI-en.',
        en: 'A source the AI made up. The report was not in your input, and no link is given. Find the source yourself and check the figure, or delete the sentence. The comparison is also based on the wrong ROI.',
      },
    },
    {
      id: 'fl-roi-pilot.s7',
      flawed: false,
      text: {
        nb: 'Vi anbefaler å måle tidsbruken på tre faste oppgaver før og etter i neste fase, slik at tallet blir sikrere.',
        en: 'We recommend measuring the time spent on three fixed tasks before and after in the next phase, so that the figure becomes more reliable.',
      },
    },
    {
      id: 'fl-roi-pilot.s8',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Neste steg er å utvide piloten til ett skift til og rapportere på nytt om tre måneder.',
        en: 'The next step is to extend the pilot to one more shift and report again in three months.',
      },
      explanation: {
        nb: 'Sammendraget har endret fristen. I underlaget står det at dere skal rapportere på nytt om seks uker, ikke tre måneder. En slik endring kan gi ledelsen feil forventninger. Sjekk datoer og frister mot underlaget.',
        en: 'The summary has changed the deadline. The source says you will report again in six weeks, not three months. A change like that can give leadership the wrong expectations. Check dates and deadlines against the source.',
      },
    },
  ],
} satisfies SpotTheFlaw
