import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-supplier-ai-review',
  competency: 'law-ethics',
  level: 'expert',
  dataClass: 'green',
  minutes: 25,
  title: {
    nb: 'Gjennomgang av en KI-leverandør før dere sier ja',
    en: 'Reviewing an AI supplier before you say yes',
  },
  task: {
    nb: 'Dere vurderer et KI-verktøy fra en ny leverandør. Lag en liste over juridiske og etiske spørsmål dere må ha svar på før avtalen signeres: databehandleravtale, hvor dataene lagres og behandles, om innholdet brukes til å trene modeller, sletting, hvilken rolle dere får etter KI-forordningen, åpenhet overfor dem det gjelder, og hva som skjer hvis noe går galt. Bruk bare leverandørens offentlige vilkår i prompten, og kontroller henvisningene selv.',
    en: 'You are considering an AI tool from a new supplier. List the legal and ethical questions you need answered before the agreement is signed: the data processing agreement, where data is stored and processed, whether your content is used to train models, deletion, your role under the AI Act, openness towards the people affected, and what happens if something goes wrong. Use only the supplier’s public terms in the prompt, and check the references yourself.',
  },
  flavours: {
    purchasing: {
      nb: 'Innkjøp har fått tre tilbud på et verktøy som skriver referater fra Teams-møter. Spørsmålene skal inn i konkurransegrunnlaget, så alle leverandørene svarer på det samme.',
      en: 'Purchasing has three offers for a tool that writes minutes of Teams meetings. The questions will go into the tender documents, so every supplier answers the same ones.',
    },
    it: {
      nb: 'IT skal vurdere en chatbot til internt bruk som kan søke i dokumentene på fellesområdet. Noen av dokumentene inneholder personopplysninger.',
      en: 'IT is assessing a chatbot for internal use that can search the documents on the shared drive. Some of the documents contain personal data.',
    },
    'customer-service': {
      nb: 'Kundeservice vil ha en chatbot som svarer kundene på nettsiden. Kundene må få vite at de snakker med en chatbot.',
      en: 'Customer service wants a chatbot that answers customers on the website. Customers must be told that they are talking to a chatbot.',
    },
  },
  hints: [
    {
      nb: 'Lim bare inn offentlige vilkår og produktbeskrivelser. Tilbud med priser og forhandlingsnotater er interne.',
      en: 'Paste in only public terms and product descriptions. Offers with prices and negotiation notes are internal.',
    },
    {
      nb: 'Be KI skrive [SJEKK] ved alle lovhenvisninger, og slå dem opp selv på lovdata.no og datatilsynet.no.',
      en: 'Ask the AI to write [CHECK] next to every legal reference, and look them up yourself on lovdata.no and datatilsynet.no.',
    },
    {
      nb: 'Reglene om KI er i endring, og Norge tar KI-forordningen inn gjennom EØS-avtalen og en egen lov. Skriv datoen på gjennomgangen.',
      en: 'The rules on AI are changing, and Norway is incorporating the AI Act through the EEA Agreement and a national law. Date your review.',
    },
  ],
  examplePrompt: {
    nb: `Du er en rådgiver i personvern og innkjøp som forklarer ting enkelt for norske bedrifter.

Kontekst: Vi vurderer verktøyet [VERKTØY] fra [LEVERANDØR]. Under står leverandørens offentlige vilkår og produktbeskrivelse. Verktøyet skal brukes til [FORMÅL].

Oppgave: Lag en liste over spørsmål vi må ha svar på før vi signerer.

Format: Grupper spørsmålene under Databehandleravtale, Lagring og overføring av data, Trening på våre data, Sletting, KI-forordningen, Åpenhet og Når noe går galt. Hvert spørsmål med en kort forklaring på hvorfor det betyr noe.

Begrensninger: Ikke konkluder med om verktøyet er lovlig. Skriv [SJEKK] ved alle henvisninger til lover og artikler. Avslutt med spørsmålene vi bør ta med til personvernombudet.

Vilkår:
[LIM INN DE OFFENTLIGE VILKÅRENE]`,
    en: `You are an adviser on data protection and procurement who explains things simply to Norwegian companies.

Context: We are considering the tool [TOOL] from [SUPPLIER]. Below are the supplier's public terms and product description. The tool will be used for [PURPOSE].

Task: List the questions we need answered before we sign.

Format: Group the questions under Data processing agreement, Storage and transfer of data, Training on our data, Deletion, The AI Act, Openness and When something goes wrong. Each question with a short explanation of why it matters.

Constraints: Do not conclude whether the tool is lawful. Write [CHECK] next to every reference to laws and articles. Finish with the questions we should take to our data protection officer.

Terms:
[PASTE THE PUBLIC TERMS]`,
  },
} satisfies PromptChallenge
