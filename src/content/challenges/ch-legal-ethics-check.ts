import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-legal-ethics-check',
  competency: 'law-ethics',
  level: 'expert',
  dataClass: 'green',
  minutes: 20,
  title: {
    nb: 'Juridisk og etisk sjekk før dere tar i bruk KI',
    en: 'A legal and ethical check before you adopt AI',
  },
  task: {
    nb: 'Beskriv en planlagt bruk av KI uten personopplysninger, og la KI hjelpe deg med en liste over juridiske og etiske spørsmål dere må avklare: personvern (GDPR), åpenhet overfor dem det gjelder, opphavsrett, diskriminering og EUs KI-forordning. Svaret er et utgangspunkt for samtalen med personvernombud eller jurist, ikke en juridisk vurdering.',
    en: 'Describe a planned use of AI without any personal data, and let the AI help you list the legal and ethical questions you must settle: data protection (GDPR), openness towards the people affected, copyright, discrimination and the EU AI Act. The answer is a starting point for the conversation with your data protection officer or a lawyer, not a legal assessment.',
  },
  flavours: {
    hr: {
      nb: 'HR vurderer et verktøy som sorterer og rangerer jobbsøknader automatisk.',
      en: 'HR is considering a tool that sorts and ranks job applications automatically.',
    },
    'customer-service': {
      nb: 'Kundeservice vil sette opp en chatbot på nettsiden som svarer kundene om kvelden.',
      en: 'Customer service wants to put a chatbot on the website to answer customers in the evening.',
    },
    marketing: {
      nb: 'Markedsavdelingen vil bruke KI-genererte bilder av mennesker i en kampanje.',
      en: 'The marketing department wants to use AI-generated images of people in a campaign.',
    },
  },
  hints: [
    {
      nb: 'Be om spørsmål og risikoer, ikke konklusjoner, og be KI si fra når noe må vurderes av en jurist.',
      en: 'Ask for questions and risks, not conclusions, and ask the AI to say when something needs a lawyer.',
    },
    {
      nb: 'Be om henvisninger til artikler og paragrafer, og slå opp hver av dem selv, for eksempel på Lovdata og hos Datatilsynet.',
      en: 'Ask for references to articles and sections, and look each one up yourself, for example on Lovdata and at the Data Protection Authority.',
    },
    {
      nb: 'KI som brukes til å sortere og vurdere jobbsøkere, regnes som høyrisiko i EUs KI-forordning. Be KI forklare hva det innebærer, og kontroller svaret.',
      en: 'AI used to sort and assess job applicants is classed as high-risk in the EU AI Act. Ask the AI to explain what that means, and check the answer.',
    },
  ],
  examplePrompt: {
    nb: `Du er en rådgiver innen personvern og KI-regulering som forklarer ting enkelt for ledere i små og mellomstore norske bedrifter.

Kontekst: Vi er en bedrift med 120 ansatte. HR vurderer et verktøy som sorterer og rangerer jobbsøknader automatisk før en person ser på dem. Vi får rundt 600 søknader i året. Vi har ikke bestemt oss ennå.

Oppgave: Lag en liste over juridiske og etiske spørsmål vi må avklare før vi eventuelt tar verktøyet i bruk.

Format: Grupper spørsmålene under Personvern (GDPR), Åpenhet overfor søkerne, Diskriminering og rettferdighet, EUs KI-forordning og Krav vi bør stille til leverandøren. Høyst fem spørsmål per gruppe, hvert med en kort forklaring og en henvisning.

Begrensninger: Du skal ikke konkludere med om dette er lovlig. Skriv [SJEKK] ved henvisninger du er usikker på. Avslutt med hvilke spørsmål vi bør ta med til personvernombudet eller en jurist.`,
    en: `You are an adviser on data protection and AI regulation who explains things simply to managers in small and medium-sized Norwegian companies.

Context: We are a company with 120 employees. HR is considering a tool that sorts and ranks job applications automatically before a person looks at them. We receive around 600 applications a year. We have not decided yet.

Task: List the legal and ethical questions we must settle before we might start using the tool.

Format: Group the questions under Data protection (GDPR), Openness towards applicants, Discrimination and fairness, The EU AI Act, and Requirements for the supplier. At most five questions per group, each with a short explanation and a reference.

Constraints: Do not conclude whether this is lawful. Write [CHECK] next to any reference you are unsure of. Finish with the questions we should take to our data protection officer or a lawyer.`,
  },
} satisfies PromptChallenge
