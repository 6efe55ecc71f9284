import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-parcel-delay',
  competency: 'critical-output',
  level: 'basic',
  department: 'customer-service',
  title: {
    nb: 'Svar om en forsinket pakke',
    en: 'A reply about a delayed parcel',
  },
  request: {
    nb: 'Svar en kunde som spør hvorfor pakken er forsinket. Fakta: Pakken ble sendt 2. desember med Posten, sporingsnummer [SPORINGSNR], vanlig leveringstid er 2–4 virkedager, og vi har sjekket at den er på vei.',
    en: 'Reply to a customer asking why their parcel is late. Facts: the parcel was sent on 2 December with Posten, tracking number [TRACKING NO], normal delivery is 2–4 working days, and we have checked that it is on its way.',
  },
  sentences: [
    {
      id: 'fl-parcel-delay.s1',
      flawed: false,
      text: {
        nb: 'Takk for at du sa fra, og beklager at du har måttet vente.',
        en: 'Thank you for letting us know, and sorry that you have had to wait.',
      },
    },
    {
      id: 'fl-parcel-delay.s2',
      flawed: false,
      text: {
        nb: 'Pakken din ble sendt fra oss 2. desember.',
        en: 'Your parcel was sent from us on 2 December.',
      },
    },
    {
      id: 'fl-parcel-delay.s3',
      flawed: false,
      text: {
        nb: 'Du kan følge den med sporingsnummeret [SPORINGSNR] hos Posten.',
        en: 'You can follow it with the tracking number [TRACKING NO] at Posten.',
      },
    },
    {
      id: 'fl-parcel-delay.s4',
      flawed: false,
      text: {
        nb: 'Vi har sjekket, og pakken er på vei til deg.',
        en: 'We have checked, and the parcel is on its way to you.',
      },
    },
    {
      id: 'fl-parcel-delay.s5',
      flawed: false,
      text: {
        nb: 'Vanlig leveringstid er to til fire virkedager fra den dagen pakken sendes.',
        en: 'Normal delivery time is two to four working days from the day the parcel is sent.',
      },
    },
    {
      id: 'fl-parcel-delay.s6',
      flawed: false,
      text: {
        nb: 'Kommer den ikke i løpet av de neste dagene, kan du svare på denne e-posten, så hjelper vi deg videre.',
        en: 'If it does not arrive in the next few days, reply to this e-mail and we will help you further.',
      },
    },
  ],
} satisfies SpotTheFlaw
