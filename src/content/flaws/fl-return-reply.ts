import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-return-reply',
  competency: 'critical-output',
  level: 'basic',
  department: 'customer-service',
  title: {
    nb: 'Svar om angrerett',
    en: 'A reply about the right of withdrawal',
  },
  request: {
    nb: 'Svar en kunde som fikk en kaffemaskin levert fra nettbutikken vår for ti dager siden. Kunden har ombestemt seg og vil returnere maskinen ubrukt.',
    en: 'Reply to a customer who received a coffee machine from our online shop ten days ago. The customer has changed their mind and wants to return the machine unused.',
  },
  sentences: [
    {
      id: 'fl-return-reply.s1',
      flawed: false,
      text: {
        nb: 'Takk for at du tar kontakt med oss.',
        en: 'Thank you for getting in touch with us.',
      },
    },
    {
      id: 'fl-return-reply.s2',
      flawed: false,
      text: {
        nb: 'Når du handler på nett, har du som hovedregel 14 dagers angrerett, regnet fra den dagen du mottok varen.',
        en: 'When you shop online, you generally have a 14-day right of withdrawal, counted from the day you received the item.',
      },
    },
    {
      id: 'fl-return-reply.s3',
      flawed: false,
      text: {
        nb: 'Siden du fikk maskinen for ti dager siden, er du fortsatt innenfor fristen.',
        en: 'Since you received the machine ten days ago, you are still within the deadline.',
      },
    },
    {
      id: 'fl-return-reply.s4',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'For elektriske produkter forlenges angrefristen dessuten automatisk til 30 dager.',
        en: 'For electrical products, the withdrawal period is also automatically extended to 30 days.',
      },
      explanation: {
        nb: 'Feil regel. Angrerettloven gir 14 dager uansett varetype. Fristen blir bare lengre hvis selgeren ikke har gitt kunden de pålagte opplysningene om angreretten. Butikken kan gi lengre returrett frivillig, men da må det stå i vilkårene deres. Sjekk angrerettloven på lovdata.no og vilkårene deres.',
        en: 'A wrong rule. The Cancellation Act (angrerettloven) gives 14 days whatever the type of goods. The period is only longer if the seller failed to give the customer the required information about the right of withdrawal. A shop may offer a longer return period voluntarily, but then it must be in its terms. Check the Act on lovdata.no and your own terms.',
      },
    },
    {
      id: 'fl-return-reply.s5',
      flawed: false,
      text: {
        nb: 'Du gir beskjed om at du vil bruke angreretten ved å svare på denne e-posten eller fylle ut angreskjemaet.',
        en: 'You let us know that you want to use your right of withdrawal by replying to this e-mail or filling in the withdrawal form.',
      },
    },
    {
      id: 'fl-return-reply.s6',
      flawed: true,
      kind: 'unverifiable-source',
      text: {
        nb: 'Etter forbrukerkjøpsloven § 112 må du også betale et returgebyr på 15 prosent av kjøpesummen.',
        en: 'Under section 112 of the Consumer Purchases Act, you must also pay a return fee of 15 per cent of the purchase price.',
      },
      explanation: {
        nb: 'Oppdiktet lovhenvisning og feil regel. Forbrukerkjøpsloven har ingen § 112, og angrerett er regulert i angrerettloven. Selgeren kan ikke kreve et prosentvis gebyr for at kunden bruker angreretten. Kunden kan måtte betale selve returfrakten hvis det er opplyst på forhånd. Slå opp paragrafer KI nevner, før du sender dem til en kunde.',
        en: 'An invented legal reference and a wrong rule. The Consumer Purchases Act has no section 112, and the right of withdrawal is governed by the Cancellation Act. The seller cannot charge a percentage fee for using the right of withdrawal. The customer may have to pay the return postage itself if this was stated in advance. Look up any section the AI cites before you send it to a customer.',
      },
    },
    {
      id: 'fl-return-reply.s7',
      flawed: false,
      text: {
        nb: 'Når vi har fått maskinen tilbake, eller du har vist oss at den er sendt, betaler vi tilbake kjøpesummen.',
        en: 'Once we have received the machine back, or you have shown us that it has been sent, we will refund the purchase price.',
      },
    },
    {
      id: 'fl-return-reply.s8',
      flawed: true,
      kind: 'invented-claim',
      text: {
        nb: 'Du kan være helt sikker på at pengene står på kontoen din neste virkedag.',
        en: 'You can be completely sure that the money will be in your account the next working day.',
      },
      explanation: {
        nb: 'Et løfte som ikke holder. Loven sier at pengene skal betales tilbake uten unødig opphold og senest 14 dager etter at dere fikk beskjed, og dere styrer ikke hvor fort banken overfører. Sjekk hva rutinen deres faktisk er, og lov ikke mer enn den.',
        en: 'A promise that will not hold. The law says the money must be refunded without undue delay and no later than 14 days after you were notified, and you do not control how fast the bank transfers it. Check what your routine actually is, and promise no more than that.',
      },
    },
  ],
} satisfies SpotTheFlaw
