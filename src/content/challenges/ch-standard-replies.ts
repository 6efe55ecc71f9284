import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-standard-replies',
  competency: 'quality-assurance',
  level: 'intermediate',
  dataClass: 'green',
  minutes: 15,
  title: {
    nb: 'Standardsvar med kvalitetssjekk',
    en: 'Standard replies with a quality check',
  },
  task: {
    nb: 'Lag tre standardsvar på vanlige spørsmål, bygget på de publiserte vilkårene eller rutinene deres. Lag så en kort sjekkliste som kollegaene går gjennom før de sender et svar KI har skrevet: stemmer faktaene, lover vi noe vi ikke kan holde, passer tonen, og er det personopplysninger i teksten?',
    en: 'Write three standard replies to common questions, based on your published terms or routines. Then make a short checklist your colleagues go through before sending a reply the AI has written: are the facts right, do we promise anything we cannot keep, does the tone fit, and is there personal data in the text?',
  },
  flavours: {
    it: {
      nb: 'Brukerstøtte får de samme spørsmålene hver uke: glemt passord, tofaktorinnlogging på ny telefon og skriver som ikke virker. Svarene bygger på de interne brukerveiledningene.',
      en: 'IT support gets the same questions every week: forgotten passwords, two-factor sign-in on a new phone and printers that will not work. The replies build on the internal user guides.',
    },
    'customer-service': {
      nb: 'Tre vanlige spørsmål: «Når kommer pakken min?», «Hvordan returnerer jeg en vare?» og «Hvorfor har jeg fått purring?».',
      en: 'Three common questions: "When will my parcel arrive?", "How do I return an item?" and "Why have I received a reminder?".',
    },
    sales: {
      nb: 'Tre vanlige spørsmål fra bedriftskunder: leveringstid, minstebestilling og betalingsbetingelser.',
      en: 'Three common questions from business customers: delivery time, minimum order and payment terms.',
    },
    hr: {
      nb: 'Tre vanlige spørsmål fra ansatte: hvordan søke ferie, hvordan levere reiseregning og hvem man melder fravær til.',
      en: 'Three common questions from employees: how to apply for holiday, how to submit a travel expense claim and whom to report absence to.',
    },
  },
  hints: [
    {
      nb: 'Lim inn vilkårene eller rutinen som kilde, og be KI bare bruke den.',
      en: 'Paste in the terms or the routine as the source, and tell the AI to use only that.',
    },
    {
      nb: 'Be KI merke alle steder der den har lagt til noe som ikke står i kilden.',
      en: 'Ask the AI to mark every place where it has added something that is not in the source.',
    },
    {
      nb: 'En god sjekkliste er kort: fem punkter som kan krysses av på ett minutt.',
      en: 'A good checklist is short: five points you can tick off in a minute.',
    },
  ],
  examplePrompt: {
    nb: `Du er teamleder i kundeservice i en norsk nettbutikk og er opptatt av riktige svar og vennlig tone.

Kontekst: Under står leverings- og returvilkårene våre slik de står på nettsiden.

Oppgave:
1) Skriv standardsvar på disse spørsmålene: «Når kommer pakken min?», «Hvordan returnerer jeg en vare?» og «Hvorfor har jeg fått purring?».
2) Lag en sjekkliste med fem punkter som en kollega går gjennom før et KI-skrevet svar sendes.

Format: Hvert svar høyst 90 ord, med [KUNDE] og [ORDRENUMMER] som plassholdere. Sjekklisten som punktliste med avkrysningsbokser.

Begrensninger: Bruk bare informasjon fra vilkårene. Skriv [SJEKK] der du er usikker eller har lagt til noe selv. Ikke lov noe som ikke står i vilkårene.

Vilkår: [LIM INN VILKÅRENE]`,
    en: `You are a team leader in customer service at a Norwegian online shop, and you care about correct answers and a friendly tone.

Context: Below are our delivery and returns terms as published on our website.

Task:
1) Write standard replies to these questions: "When will my parcel arrive?", "How do I return an item?" and "Why have I received a reminder?".
2) Make a five-point checklist that a colleague goes through before an AI-written reply is sent.

Format: Each reply at most 90 words, with [CUSTOMER] and [ORDER NUMBER] as placeholders. The checklist as a bulleted list with tick boxes.

Constraints: Use only information from the terms. Write [CHECK] wherever you are unsure or have added something yourself. Do not promise anything that is not in the terms.

Terms: [PASTE THE TERMS]`,
  },
} satisfies PromptChallenge
