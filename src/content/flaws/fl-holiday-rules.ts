import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-holiday-rules',
  competency: 'critical-output',
  level: 'basic',
  department: 'hr',
  title: {
    nb: 'Ferie og feriepenger',
    en: 'Holiday and holiday pay',
  },
  request: {
    nb: 'Hvor mye ferie og hvor mye feriepenger har de ansatte hos oss rett til? Vi har ikke tariffavtale. Gi et kort svar jeg kan bruke i personalhåndboka.',
    en: 'How much holiday and how much holiday pay are our employees entitled to? We have no collective agreement. Give a short answer I can use in the staff handbook.',
  },
  sentences: [
    {
      id: 'fl-holiday-rules.s1',
      flawed: false,
      text: {
        nb: 'Etter ferieloven har alle arbeidstakere rett til 25 virkedager ferie hvert ferieår, altså fire uker og én dag.',
        en: 'Under the Holidays Act, all employees are entitled to 25 working days of holiday each holiday year, that is four weeks and one day.',
      },
    },
    {
      id: 'fl-holiday-rules.s3',
      flawed: false,
      text: {
        nb: 'Arbeidstakere som fyller 60 år i løpet av ferieåret, har rett til én ekstra ferieuke.',
        en: 'Employees who turn 60 during the holiday year are entitled to one extra week of holiday.',
      },
    },
    {
      id: 'fl-holiday-rules.s4',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Den ansatte kan kreve å ta alle de 25 virkedagene samlet i juli.',
        en: 'An employee can demand to take all 25 working days together in July.',
      },
      explanation: {
        nb: 'Feil. Etter ferieloven kan den ansatte kreve 18 virkedager (tre uker) ferie i hovedferieperioden fra 1. juni til 30. september, ikke hele ferien. Arbeidsgiveren fastsetter tidspunktet etter å ha drøftet det med den ansatte. Slå opp ferieloven §§ 6 og 7 på lovdata.no.',
        en: 'Wrong. Under the Holidays Act, an employee can demand 18 working days (three weeks) of holiday in the main holiday period from 1 June to 30 September, not the whole holiday. The employer sets the dates after discussing them with the employee. Look up sections 6 and 7 of the Holidays Act on lovdata.no.',
      },
    },
    {
      id: 'fl-holiday-rules.s5',
      flawed: false,
      text: {
        nb: 'Feriepengene etter loven er 10,2 prosent av feriepengegrunnlaget, som i hovedsak er lønnen den ansatte tjente året før.',
        en: 'Holiday pay under the Act is 10.2 per cent of the holiday pay basis, which is mainly the pay the employee earned the year before.',
      },
    },
    {
      id: 'fl-holiday-rules.s6',
      flawed: false,
      text: {
        nb: 'Med et feriepengegrunnlag på 480 000 kroner blir feriepengene dermed 48 960 kroner.',
        en: 'With a holiday pay basis of NOK 480,000, the holiday pay is therefore NOK 48,960.',
      },
    },
    {
      id: 'fl-holiday-rules.s7',
      flawed: false,
      text: {
        nb: 'Mange tariffavtaler og arbeidsavtaler gir en femte ferieuke, og da er satsen ofte 12 prosent.',
        en: 'Many collective and individual agreements give a fifth week of holiday, and the rate is then often 12 per cent.',
      },
    },
    {
      id: 'fl-holiday-rules.s8',
      flawed: true,
      kind: 'unverifiable-source',
      text: {
        nb: 'Dette er bekreftet i Arbeidstilsynets rundskriv 2023/14, så du trenger ikke sjekke det nærmere.',
        en: "This is confirmed in the Labour Inspection Authority's circular 2023/14, so you do not need to check it further.",
      },
      explanation: {
        nb: 'Oppdiktet kilde og for skråsikkert. KI lager ofte kilder med troverdige navn og numre. Søk etter dokumentet på arbeidstilsynet.no; finner du det ikke, må du regne med at det ikke finnes. Reglene står i ferieloven på lovdata.no. Og et svar som sier at du ikke trenger å sjekke, er i seg selv et varsko.',
        en: 'An invented source, and far too sure of itself. AI often makes up sources with credible names and numbers. Search for the document on arbeidstilsynet.no; if you cannot find it, assume it does not exist. The rules are in the Holidays Act on lovdata.no. And an answer telling you not to check is a warning sign in itself.',
      },
    },
  ],
} satisfies SpotTheFlaw
