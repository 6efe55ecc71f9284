import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-check-the-source',
  competency: 'critical-output',
  level: 'basic',
  dataClass: 'green',
  minutes: 15,
  title: {
    nb: 'Sjekk svaret mot kilden',
    en: 'Check the answer against the source',
  },
  task: {
    nb: 'Still KI et spørsmål om en norsk regel du trenger i jobben, og be den si hvor regelen står. Sjekk så svaret selv mot kilden, for eksempel Lovdata, Arbeidstilsynet, Skatteetaten eller Forbrukertilsynet. Noter hva som stemte, hva som var feil og hva som manglet.',
    en: 'Ask the AI about a Norwegian rule you need in your work, and ask it to say where the rule is written. Then check the answer yourself against the source, for example Lovdata, the Labour Inspection Authority, the Tax Administration or the Consumer Authority. Note what was right, what was wrong and what was missing.',
  },
  flavours: {
    finance: {
      nb: 'KI har forklart reglene for oppbevaring av regnskapsmateriale. Sjekk forklaringen mot bokføringsloven på lovdata.no og veiledningen på skatteetaten.no.',
      en: 'The AI has explained the rules for keeping accounting records. Check the explanation against the Bookkeeping Act on lovdata.no and the guidance on skatteetaten.no.',
    },
    hr: {
      nb: 'Hvor mange feriedager har de ansatte rett til etter ferieloven, og hvor mange prosent feriepenger får de?',
      en: 'How many days of holiday are employees entitled to under the Holidays Act, and what percentage of holiday pay do they get?',
    },
    'customer-service': {
      nb: 'Hvor lang angrerett har en kunde som har kjøpt en vare i nettbutikken deres, og fra hvilken dag regnes fristen?',
      en: 'How long is the right of withdrawal for a customer who bought an item in your online shop, and from which day does the period run?',
    },
    production: {
      nb: 'Hvor lang arbeidsfri må det være mellom to skift etter arbeidsmiljøloven, og når kan det avtales kortere?',
      en: 'How much time off must there be between two shifts under the Working Environment Act, and when can a shorter break be agreed?',
    },
  },
  hints: [
    {
      nb: 'Be KI oppgi lov og paragraf, og si tydelig fra når den er usikker.',
      en: 'Ask the AI to give the act and section, and to say clearly when it is unsure.',
    },
    {
      nb: 'Slå opp paragrafen selv. KI kan finne på paragrafer og kilder som høres troverdige ut, men ikke finnes.',
      en: 'Look up the section yourself. AI can invent sections and sources that sound credible but do not exist.',
    },
    {
      nb: 'Tariffavtaler og arbeidsavtaler kan gi mer enn loven. Fortell KI om dere har tariffavtale.',
      en: 'Collective and individual agreements can give more than the law. Tell the AI whether you have a collective agreement.',
    },
  ],
  examplePrompt: {
    nb: `Du er en rådgiver som kjenner norsk arbeidsrett godt.

Kontekst: Jeg jobber i HR i en norsk bedrift med 80 ansatte. Vi har ikke tariffavtale.

Oppgave: Forklar hvor mange feriedager de ansatte har rett til etter ferieloven, og hvor mange prosent feriepenger de får. Ta med hva som gjelder for ansatte over 60 år.

Format: Høyst fem punkter. Hvert punkt skal vise til lov og paragraf.

Begrensninger: Hvis du er usikker på et tall eller en paragraf, skriv «usikker». Ikke finn på kilder. Avslutt med hvor på lovdata.no jeg kan slå opp dette selv.`,
    en: `You are an adviser with a good knowledge of Norwegian employment law.

Context: I work in HR in a Norwegian company with 80 employees. We have no collective agreement.

Task: Explain how many days of holiday the employees are entitled to under the Holidays Act, and what percentage of holiday pay they get. Include what applies to employees over 60.

Format: At most five bullet points. Each point must refer to the act and section.

Constraints: Write "unsure" next to any figure or section you are not sure of, and do not invent sources. Finish by telling me where on lovdata.no I can look this up myself.`,
  },
} satisfies PromptChallenge
