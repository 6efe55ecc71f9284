import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-operator-job-ad',
  competency: 'critical-output',
  level: 'basic',
  department: 'production',
  title: {
    nb: 'Stillingsannonse for en operatør',
    en: 'A job ad for an operator',
  },
  request: {
    nb: 'Skriv en stillingsannonse for en produksjonsoperatør på skift. Oppgaver: betjene og overvåke linja, enkelt vedlikehold, registrere avvik. Fast stilling, skifttillegg etter tariffavtalen, god opplæring. Søknadsfrist [DATO]. Den forrige operatøren har vært langtidssykmeldt, så vi trenger noen raskt.',
    en: 'Write a job ad for a production operator on shifts. Tasks: run and monitor the line, simple maintenance, log deviations. Permanent position, shift allowance under the collective agreement, good training. Closing date [DATE]. The previous operator has been on long-term sick leave, so we need someone quickly.',
  },
  sentences: [
    {
      id: 'fl-operator-job-ad.s1',
      flawed: false,
      text: {
        nb: 'Vi søker en produksjonsoperatør til et godt skiftlag i fabrikken vår.',
        en: 'We are looking for a production operator to join a good shift team in our factory.',
      },
    },
    {
      id: 'fl-operator-job-ad.s2',
      flawed: false,
      text: {
        nb: 'Du skal betjene og overvåke produksjonslinja, gjøre enkelt vedlikehold og registrere avvik.',
        en: 'You will run and monitor the production line, do simple maintenance and log deviations.',
      },
    },
    {
      id: 'fl-operator-job-ad.s3',
      flawed: true,
      kind: 'bias',
      text: {
        nb: 'Stillingen passer best for en ung og sprek mann som tåler høyt tempo.',
        en: 'The position is best suited to a young, fit man who can handle a fast pace.',
      },
      explanation: {
        nb: 'Diskriminerende. Å be om en bestemt alder eller et bestemt kjønn er forbudt etter likestillings- og diskrimineringsloven og arbeidsmiljøloven kapittel 13, og det skremmer bort gode søkere. Beskriv heller hva jobben krever, for eksempel «jobben er fysisk og har perioder med høyt tempo».',
        en: 'Discriminatory. Asking for a particular age or gender is prohibited under the Equality and Anti-Discrimination Act and chapter 13 of the Working Environment Act, and it scares off good applicants. Describe what the job demands instead, for example "the job is physical and has periods with a fast pace".',
      },
    },
    {
      id: 'fl-operator-job-ad.s5',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Prøvetiden er tolv måneder, slik arbeidsmiljøloven krever ved skiftarbeid.',
        en: 'The probation period is twelve months, as the Working Environment Act requires for shift work.',
      },
      explanation: {
        nb: 'Feil fakta om norsk arbeidsrett. Etter arbeidsmiljøloven § 15-6 kan prøvetiden være høyst seks måneder. Den kan bare forlenges med lengden på et fravær, og bare hvis den ansatte ble informert skriftlig om det ved ansettelsen. Loven har ingen egne regler om prøvetid ved skiftarbeid. Sjekk på lovdata.no eller arbeidstilsynet.no.',
        en: 'A wrong fact about Norwegian employment law. Under section 15-6 of the Working Environment Act, the probation period can be at most six months. It can only be extended by the length of an absence, and only if the employee was told so in writing when hired. The Act has no special rules on probation for shift work. Check on lovdata.no or arbeidstilsynet.no.',
      },
    },
    {
      id: 'fl-operator-job-ad.s6',
      flawed: true,
      kind: 'confidential-leak',
      text: {
        nb: 'Stillingen er ledig fordi den forrige operatøren har vært langtidssykmeldt.',
        en: 'The position is vacant because the previous operator has been on long-term sick leave.',
      },
      explanation: {
        nb: 'Lekker en helseopplysning om en kollega. Alle på arbeidsplassen vet hvem den forrige operatøren er, og sykefravær er en særlig beskyttet personopplysning. Opplysningen stod i bestillingen til KI og havnet i annonsen. Ta den aldri med i en prompt, og les alltid gjennom før du publiserer.',
        en: 'Leaks health information about a colleague. Everyone at the workplace knows who the previous operator is, and sick leave is a specially protected kind of personal data. The information was in the request to the AI and ended up in the ad. Never put it in a prompt, and always read through before you publish.',
      },
    },
    {
      id: 'fl-operator-job-ad.s7',
      flawed: false,
      text: {
        nb: 'Vi tilbyr fast stilling med skifttillegg etter tariffavtalen.',
        en: 'We offer a permanent position with a shift allowance under the collective agreement.',
      },
    },
    {
      id: 'fl-operator-job-ad.s8',
      flawed: false,
      text: {
        nb: 'Send søknaden via nettsiden vår innen [DATO].',
        en: 'Send your application through our website by [DATE].',
      },
    },
  ],
} satisfies SpotTheFlaw
