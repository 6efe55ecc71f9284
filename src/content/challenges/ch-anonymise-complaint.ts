import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-anonymise-complaint',
  competency: 'data-compliance',
  level: 'basic',
  dataClass: 'red',
  minutes: 15,
  title: {
    nb: 'Anonymiser før du spør',
    en: 'Anonymise before you ask',
  },
  task: {
    nb: 'Du har fått en klage fra en navngitt kunde, med navn, adresse, telefonnummer og ordrenummer. Klagen er rød data fordi den inneholder personopplysninger. Først fjerner eller erstatter du alt som kan identifisere kunden. Deretter skriver du en prompt som ber KI om et utkast til svar. Kjør personvernsjekken før du kopierer prompten.',
    en: 'You have received a complaint from a named customer, with name, address, phone number and order number. The complaint is red data because it contains personal data. First remove or replace everything that could identify the customer. Then write a prompt that asks the AI for a draft reply. Run the privacy check before you copy the prompt.',
  },
  flavours: {
    'customer-service': {
      nb: 'Kunden har fått en sofa levert ni dager for sent uten å få beskjed, og skriver at hun er gravid og ikke kan bære den inn selv. Graviditet er en helseopplysning og skal ikke med i prompten.',
      en: 'The customer received a sofa nine days late without being told, and writes that she is pregnant and cannot carry it in herself. Pregnancy is health information and must not go into the prompt.',
    },
    sales: {
      nb: 'Innkjøpssjefen hos en fast bedriftskunde klager på en faktura med feil rabatt. I e-posten står mobilnummeret hans og at han nettopp har vært sykmeldt. Ingen av delene trengs for å skrive svaret.',
      en: 'The purchasing manager at a regular business customer complains about an invoice with the wrong discount. The e-mail contains his mobile number and says that he has just been on sick leave. Neither is needed to write the reply.',
    },
  },
  hints: [
    {
      nb: 'Bytt ut navn, adresse, telefon, e-post og ordrenummer med plassholdere som [KUNDE] og [ORDRENUMMER].',
      en: 'Replace name, address, phone, e-mail and order number with placeholders such as [CUSTOMER] and [ORDER NUMBER].',
    },
    {
      nb: 'Helseopplysninger skal helt ut. Beskriv heller behovet, for eksempel «kunden trenger hjelp til å bære varen inn».',
      en: 'Health information must come out entirely. Describe the need instead, for example "the customer needs help carrying the item in".',
    },
    {
      nb: 'Når prompten ikke lenger inneholder personopplysninger, er den gul (intern) og kan brukes i et verktøy som er godkjent for gult.',
      en: 'Once the prompt no longer contains personal data, it is yellow (internal) and can be used in a tool approved for yellow.',
    },
    {
      nb: 'Sett inn de ekte opplysningene først i det ferdige svaret, i e-postprogrammet ditt.',
      en: 'Put the real details back only in the finished reply, in your e-mail program.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren og vennlig kundebehandler i en norsk møbelkjede.

Kontekst: En kunde fikk sofaen sin levert ni dager etter avtalt dato og fikk ingen beskjed underveis. Kunden trenger hjelp til å bære varen inn. Vi beklager forsinkelsen og kan tilby innbæring uten kostnad.

Oppgave: Skriv et utkast til svar på klagen.

Format: E-post på høyst 120 ord: beklagelse, hva som skjedde, hva vi gjør nå, og hvordan kunden når oss. Tiltal kunden som [KUNDE] og vis til ordre [ORDRENUMMER].

Begrensninger: Ikke lov kompensasjon utover innbæringen; skriv [KOMPENSASJON] der vi eventuelt setter inn et tilbud. Ikke gjett årsaken til forsinkelsen. Klart, varmt bokmål uten fagspråk.`,
    en: `You are an experienced and friendly customer service agent in a Norwegian furniture chain.

Context: A customer received their sofa nine days after the agreed date and was not told along the way. The customer needs help carrying the item in. We apologise for the delay and can offer to carry it in free of charge.

Task: Write a draft reply to the complaint.

Format: An e-mail of at most 120 words: apology, what happened, what we will do now, and how the customer can reach us. Address the customer as [CUSTOMER] and refer to order [ORDER NUMBER].

Constraints: Do not promise any compensation beyond carrying the item in; write [COMPENSATION] where we may add an offer. Do not guess the cause of the delay. Clear, warm English without jargon.`,
  },
} satisfies PromptChallenge
