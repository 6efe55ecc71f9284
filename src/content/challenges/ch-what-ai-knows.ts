import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-what-ai-knows',
  competency: 'ai-basics',
  level: 'basic',
  dataClass: 'green',
  minutes: 10,
  title: {
    nb: 'Hva vet KI om produktet ditt?',
    en: 'What does the AI know about your product?',
  },
  task: {
    nb: 'Be KI beskrive et av produktene eller tjenestene deres uten å gi den noen bakgrunn, og marker alt den finner på. Gi den så fakta fra nettsiden eller produktarket (offentlig informasjon), og be om den samme teksten på nytt. Sammenlign de to svarene.',
    en: 'Ask the AI to describe one of your products or services without giving it any background, and mark everything it makes up. Then give it the facts from your website or product sheet (public information) and ask for the same text again. Compare the two answers.',
  },
  flavours: {
    purchasing: {
      nb: 'Innkjøp vurderer en ny type truck til lageret. Spør KI hva den vet om modellen og produsenten, og sjekk svaret mot produsentens publiserte datablad.',
      en: 'Purchasing is considering a new type of forklift for the warehouse. Ask the AI what it knows about the model and the maker, and check the answer against the maker’s published data sheet.',
    },
    marketing: {
      nb: 'Be om en kort produkttekst til nettsiden for et av de mest solgte produktene deres.',
      en: 'Ask for a short product text for the website about one of your best-selling products.',
    },
    sales: {
      nb: 'Be om tre salgsargumenter for en av tjenestene deres, rettet mot en kunde i byggebransjen.',
      en: 'Ask for three sales arguments for one of your services, aimed at a customer in the construction industry.',
    },
    'customer-service': {
      nb: 'Be om et svar på spørsmålet «Hvordan fungerer garantien deres?».',
      en: 'Ask for an answer to the question "How does your warranty work?".',
    },
  },
  hints: [
    {
      nb: 'En språkmodell lager tekst som høres sannsynlig ut. Den vet ingenting om akkurat dere hvis du ikke forteller det.',
      en: 'A language model produces text that sounds likely. It knows nothing about your company in particular unless you tell it.',
    },
    {
      nb: 'Bruk bare offentlig informasjon i denne oppgaven. Da er den grønn.',
      en: 'Use only public information in this task. That keeps it green.',
    },
    {
      nb: 'Tell hvor mange påstander i det første svaret som ikke stemte. Det tallet er verdt å huske.',
      en: 'Count how many claims in the first answer were wrong. That number is worth remembering.',
    },
  ],
  examplePrompt: {
    nb: `Du er tekstforfatter for en norsk produsent av arbeidsklær.

Kontekst: Her er fakta fra det offentlige produktarket vårt:
[LIM INN PRODUKTFAKTA]

Oppgave: Skriv en produkttekst til nettsiden om [PRODUKT].

Format: 80–100 ord, en overskrift og tre korte avsnitt: hva produktet er, hvem det passer for, og hvorfor det holder lenge.

Begrensninger: Hold deg til faktaene i produktarket. Hvis noe du trenger mangler, skriv [MANGLER: …] i stedet for å finne på noe. Ingen superlativer som «best» eller «markedsledende».`,
    en: `You are a copywriter for a Norwegian manufacturer of workwear.

Context: Here are the facts from our public product sheet:
[PASTE PRODUCT FACTS]

Task: Write a product text for the website about [PRODUCT].

Format: 80–100 words, a headline and three short paragraphs: what the product is, who it suits, and why it lasts.

Constraints: Stick to the facts in the product sheet. If something you need is missing, write [MISSING: …] instead of making it up. No superlatives such as "best" or "market-leading".`,
  },
} satisfies PromptChallenge
