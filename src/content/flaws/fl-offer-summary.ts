import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-offer-summary',
  competency: 'quality-assurance',
  level: 'intermediate',
  department: 'project',
  title: {
    nb: 'Sammendrag av et tilbud',
    en: 'Summary of an offer',
  },
  request: {
    nb: 'Skriv et kort sammendrag av tilbudet vårt til [KUNDE]: riving av gamle reoler, nye pallreoler og LED-belysning i lageret. Pris 240 000 kroner eks. mva. Oppstart uke 34, ferdig uke 37. Tilbudet gjelder i 30 dager. (Internt: dekningsgrad 32 prosent, samme som på jobben for nabobedriften deres i fjor.)',
    en: 'Write a short summary of our offer to [CUSTOMER]: removing old racks, new pallet racks and LED lighting in the warehouse. Price NOK 240,000 excl. VAT. Start week 34, finished week 37. The offer is valid for 30 days. (Internal: contribution margin 32 per cent, the same as on the job for their neighbouring company last year.)',
  },
  sentences: [
    {
      id: 'fl-offer-summary.s1',
      flawed: false,
      text: {
        nb: 'Takk for at vi fikk gi tilbud på ombyggingen av lageret deres.',
        en: 'Thank you for letting us quote for the conversion of your warehouse.',
      },
    },
    {
      id: 'fl-offer-summary.s2',
      flawed: false,
      text: {
        nb: 'Tilbudet omfatter riving av de gamle reolene, montering av nye pallreoler og ny LED-belysning.',
        en: 'The offer covers removing the old racks, installing new pallet racks and new LED lighting.',
      },
    },
    {
      id: 'fl-offer-summary.s3',
      flawed: false,
      text: {
        nb: 'Samlet pris er 240 000 kroner eksklusiv merverdiavgift.',
        en: 'The total price is NOK 240,000 excluding VAT.',
      },
    },
    {
      id: 'fl-offer-summary.s4',
      flawed: false,
      text: {
        nb: 'Med 25 prosent merverdiavgift blir totalprisen 300 000 kroner inklusiv mva.',
        en: 'With 25 per cent VAT, the total price is NOK 300,000 including VAT.',
      },
    },
    {
      id: 'fl-offer-summary.s5',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Vi planlegger oppstart i uke 35, og arbeidet skal være ferdig i uke 37.',
        en: 'We plan to start in week 35, and the work will be finished in week 37.',
      },
      explanation: {
        nb: 'Sammendraget har flyttet oppstarten. I underlaget står det uke 34, ikke uke 35. KI endrer ofte et tall eller en dato litt når den skriver om en tekst, og det er lett å overse fordi setningen ellers stemmer. Sammenlign hvert tall, hver dato og hvert navn med underlaget.',
        en: 'The summary has moved the start. The source says week 34, not week 35. AI often changes a number or a date slightly when it rewrites a text, and it is easy to miss because the rest of the sentence is right. Compare every number, date and name with your source.',
      },
    },
    {
      id: 'fl-offer-summary.s6',
      flawed: true,
      kind: 'confidential-leak',
      text: {
        nb: 'Prisen gir oss fortsatt en dekningsgrad på 32 prosent, omtrent som på jobben vi gjorde for nabobedriften deres i fjor.',
        en: 'The price still gives us a contribution margin of 32 per cent, about the same as on the job we did for your neighbouring company last year.',
      },
      explanation: {
        nb: 'Lekker fortrolige opplysninger. Dekningsgraden er intern, og jobben for en annen kunde er den kundens sak. KI skiller ikke mellom interne notater og tekst til kunden, så det du limer inn, kan havne i svaret. Lim bare inn det KI trenger, og les alltid gjennom før du sender.',
        en: "Leaks confidential information. The margin is internal, and the job for another customer is that customer's business. The AI does not tell internal notes from text meant for the customer, so whatever you paste in can end up in the answer. Paste in only what the AI needs, and always read through before sending.",
      },
    },
    {
      id: 'fl-offer-summary.s7',
      flawed: true,
      kind: 'invented-claim',
      text: {
        nb: 'Vi garanterer at ombyggingen ikke vil påvirke driften deres på noen måte.',
        en: 'We guarantee that the conversion will not affect your operations in any way.',
      },
      explanation: {
        nb: 'Et løfte KI har funnet på. Det står ikke i underlaget, og en ombygging påvirker nesten alltid driften noe. I et tilbud kan slike setninger bli en del av avtalen. Stryk garantier du ikke har bestemt selv, og beskriv heller hvordan dere begrenser ulempene.',
        en: 'A promise the AI made up. It is not in your input, and a conversion nearly always affects operations somewhat. In an offer, sentences like this can become part of the contract. Delete guarantees you have not decided on yourself, and describe instead how you will limit the disruption.',
      },
    },
    {
      id: 'fl-offer-summary.s8',
      flawed: false,
      text: {
        nb: 'Tilbudet gjelder i 30 dager, og prosjektleder [PROSJEKTLEDER] svarer gjerne på spørsmål.',
        en: 'The offer is valid for 30 days, and our project manager [PROJECT MANAGER] will be happy to answer any questions.',
      },
    },
  ],
} satisfies SpotTheFlaw
