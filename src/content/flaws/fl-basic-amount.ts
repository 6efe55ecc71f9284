import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-basic-amount',
  competency: 'critical-output',
  level: 'basic',
  department: 'finance',
  title: {
    nb: 'Grunnbeløpet i pensjonsavtalen',
    en: 'The basic amount in the pension scheme',
  },
  request: {
    nb: 'Lag et kort notat til lederne om hvordan grunnbeløpet i folketrygden (G) brukes i innskuddspensjonen vår. Avtalen: Vi sparer 5 prosent av lønn mellom 1 og 12 G.',
    en: 'Write a short note for our managers on how the National Insurance basic amount (G) is used in our defined-contribution pension. The scheme: we save 5 per cent of pay between 1 and 12 G.',
  },
  sentences: [
    {
      id: 'fl-basic-amount.s1',
      flawed: false,
      text: {
        nb: 'Grunnbeløpet i folketrygden, G, brukes som regnestørrelse i mange ordninger, også i tjenestepensjon.',
        en: 'The National Insurance basic amount, G, is used as a unit of calculation in many schemes, including occupational pensions.',
      },
    },
    {
      id: 'fl-basic-amount.s2',
      flawed: true,
      kind: 'outdated-fact',
      text: {
        nb: 'G er 118 620 kroner, så 12 G tilsvarer 1 423 440 kroner.',
        en: 'G is NOK 118,620, so 12 G equals NOK 1,423,440.',
      },
      explanation: {
        nb: 'Utdatert tall. 118 620 kroner var G fra 1. mai 2023. Grunnbeløpet justeres hvert år fra 1. mai, og KI oppgir ofte tall fra året den ble trent på, uten å si det. Regnestykket stemmer, men bygger på et gammelt beløp. Sjekk dagens G på nav.no.',
        en: 'An outdated figure. NOK 118,620 was G from 1 May 2023. The basic amount is adjusted every year from 1 May, and AI often gives figures from the year it was trained on, without saying so. The sum is right, but it rests on an old amount. Check today’s G on nav.no.',
      },
    },
    {
      id: 'fl-basic-amount.s3',
      flawed: false,
      text: {
        nb: 'Dere sparer 5 prosent av den delen av lønnen som ligger mellom 1 G og 12 G.',
        en: 'You save 5 per cent of the part of the pay that lies between 1 G and 12 G.',
      },
    },
    {
      id: 'fl-basic-amount.s4',
      flawed: false,
      text: {
        nb: 'Når G endres, flytter grensene i avtalen seg med, uten at dere trenger å gjøre noe.',
        en: 'When G changes, the limits in the scheme move with it, without you having to do anything.',
      },
    },
    {
      id: 'fl-basic-amount.s5',
      flawed: false,
      text: {
        nb: 'Sjekk gjeldende G på nav.no før dere regner på pensjonen til en enkelt ansatt.',
        en: 'Check the current G on nav.no before you work out an individual employee’s pension.',
      },
    },
  ],
} satisfies SpotTheFlaw
