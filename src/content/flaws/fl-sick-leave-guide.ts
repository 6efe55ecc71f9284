import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-sick-leave-guide',
  competency: 'law-ethics',
  level: 'expert',
  department: 'hr',
  title: {
    nb: 'Lederguide om sykefravær',
    en: 'A manager guide to sickness absence',
  },
  request: {
    nb: 'Lag en kort oversikt for lederne våre om egenmelding, sykmelding og oppfølging av sykmeldte. Vi har ikke avtalt utvidet egenmelding.',
    en: 'Write a short overview for our managers about self-certification, sick notes and following up employees on sick leave. We have not agreed on extended self-certification.',
  },
  sentences: [
    {
      id: 'fl-sick-leave-guide.s1',
      flawed: false,
      text: {
        nb: 'Ved kortere fravær kan ansatte bruke egenmelding i stedet for sykmelding fra lege.',
        en: "For shorter absences, employees can self-certify instead of getting a doctor's sick note.",
      },
    },
    {
      id: 'fl-sick-leave-guide.s2',
      flawed: false,
      text: {
        nb: 'Etter folketrygdloven kan egenmelding brukes for inntil tre kalenderdager om gangen, og høyst fire ganger i løpet av tolv måneder.',
        en: 'Under the National Insurance Act, self-certification can be used for up to three calendar days at a time, and at most four times in twelve months.',
      },
    },
    {
      id: 'fl-sick-leave-guide.s3',
      flawed: true,
      kind: 'omitted-condition',
      text: {
        nb: 'Alle ansatte kan bruke egenmelding, også de som begynte hos dere forrige uke.',
        en: 'All employees can self-certify, including those who started with you last week.',
      },
      explanation: {
        nb: 'En viktig betingelse mangler. Retten til å bruke egenmelding gjelder først når den ansatte har jobbet hos arbeidsgiveren i minst to måneder. Før det må fravær dokumenteres med sykmelding. KI utelater ofte slike vilkår fordi hovedregelen er det som står oftest på nettet. Sjekk vilkårene på nav.no.',
        en: 'A key condition is missing. The right to self-certify only applies once the employee has worked for the employer for at least two months. Before that, absence must be documented with a doctor’s note. AI often leaves out such conditions because the main rule is what appears most often online. Check the conditions on nav.no.',
      },
    },
    {
      id: 'fl-sick-leave-guide.s4',
      flawed: false,
      text: {
        nb: 'Arbeidsgiveren betaler sykepenger i arbeidsgiverperioden, som er de første 16 kalenderdagene av fraværet.',
        en: 'The employer pays sickness benefit during the employer period, which is the first 16 calendar days of the absence.',
      },
    },
    {
      id: 'fl-sick-leave-guide.s5',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Be alltid den ansatte oppgi diagnosen, slik at du kan registrere den i personalsystemet.',
        en: 'Always ask the employee for the diagnosis, so that you can record it in the HR system.',
      },
      explanation: {
        nb: 'Feil og i strid med personvernet. Arbeidsgiverens del av sykmeldingen viser ikke diagnosen, og den ansatte har ingen plikt til å fortelle hva vedkommende feiler. Helseopplysninger er en særlig kategori personopplysninger etter GDPR, og dere skal bare registrere det dere trenger, som fraværsperioden. Les mer hos Datatilsynet og på nav.no.',
        en: "Wrong, and against data protection. The employer's part of the sick note does not show the diagnosis, and the employee has no duty to say what is wrong with them. Health data is a special category of personal data under the GDPR, and you may only record what you need, such as the period of absence. Read more at the Data Protection Authority and on nav.no.",
      },
    },
    {
      id: 'fl-sick-leave-guide.s6',
      flawed: false,
      text: {
        nb: 'Senest når den ansatte har vært borte i fire uker, skal lederen lage en oppfølgingsplan sammen med vedkommende, med mindre det er åpenbart unødvendig.',
        en: 'When the employee has been away for four weeks at the latest, the manager must draw up a follow-up plan together with them, unless it is clearly unnecessary.',
      },
    },
    {
      id: 'fl-sick-leave-guide.s7',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Etter arbeidsmiljøloven § 4-6 kan arbeidsgiveren si opp en ansatt som har vært sykmeldt i mer enn fire uker.',
        en: 'Under section 4-6 of the Working Environment Act, the employer may dismiss an employee who has been on sick leave for more than four weeks.',
      },
      explanation: {
        nb: 'Feil lovhenvisning og farlig feil. § 4-6 handler om tilrettelegging og oppfølging, ikke oppsigelse. Etter arbeidsmiljøloven § 15-8 kan en ansatt ikke sies opp på grunn av sykdom de første tolv månedene. Slå opp begge paragrafene på lovdata.no, og snakk med HR før noen gjør noe i en slik sak.',
        en: 'A wrong legal reference and a dangerous error. Section 4-6 is about adaptation and follow-up, not dismissal. Under section 15-8 of the Working Environment Act, an employee cannot be dismissed because of illness during the first twelve months. Look up both sections on lovdata.no, and talk to HR before anyone acts in such a case.',
      },
    },
    {
      id: 'fl-sick-leave-guide.s8',
      flawed: false,
      text: {
        nb: 'Ta kontakt med HR hvis du er usikker på hva som gjelder i en konkret sak.',
        en: 'Contact HR if you are unsure what applies in a specific case.',
      },
    },
  ],
} satisfies SpotTheFlaw
