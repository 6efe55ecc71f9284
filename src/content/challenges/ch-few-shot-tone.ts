import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-few-shot-tone',
  competency: 'advanced-prompting',
  level: 'intermediate',
  dataClass: 'green',
  minutes: 15,
  title: {
    nb: 'Lær KI tonen deres med eksempler',
    en: 'Teach the AI your tone with examples',
  },
  task: {
    nb: 'Gi KI to eller tre tekster dere er fornøyde med, og be den skrive en ny tekst i samme stil. Dette kalles «few-shot»: du viser noen eksempler i stedet for å beskrive stilen. Sammenlign resultatet med et svar du får uten eksempler.',
    en: 'Give the AI two or three texts you are happy with, and ask it to write a new text in the same style. This is called "few-shot" prompting: you show a few examples instead of describing the style. Compare the result with an answer you get without examples.',
  },
  flavours: {
    marketing: {
      nb: 'Bruk to tidligere nyhetsbrev til kunder som eksempler, og be om et nytt nyhetsbrev om vårens nyheter.',
      en: "Use two earlier customer newsletters as examples, and ask for a new newsletter about this spring's news.",
    },
    hr: {
      nb: 'Bruk to interne nyhetssaker fra intranettet som eksempler, og be om en ny sak om en endret rutine for reiseregninger.',
      en: 'Use two internal news items from the intranet as examples, and ask for a new item about a changed routine for travel expense claims.',
    },
    'customer-service': {
      nb: 'Bruk tre svar som kundene har gitt god tilbakemelding på som eksempler, og be om et svar på en ny type henvendelse.',
      en: 'Use three replies that customers gave good feedback on as examples, and ask for a reply to a new type of enquiry.',
    },
  },
  hints: [
    {
      nb: 'Velg eksempler som er publisert eller fri for personopplysninger, så holder du deg på grønt.',
      en: 'Choose examples that are published or free of personal data, so you stay on green.',
    },
    {
      nb: 'Sett eksemplene tydelig fra hverandre, for eksempel med «Eksempel 1:» og «Eksempel 2:».',
      en: 'Mark the examples clearly, for example with "Example 1:" and "Example 2:".',
    },
    {
      nb: 'Be KI først beskrive hva som kjennetegner stilen. Da ser du om den har forstått eksemplene.',
      en: 'Ask the AI first to describe what characterises the style. Then you can see whether it has understood the examples.',
    },
    {
      nb: 'Si at KI skal ta tonen fra eksemplene, men ikke faktaene.',
      en: 'Tell the AI to take the tone from the examples, but not the facts.',
    },
  ],
  examplePrompt: {
    nb: `Du er redaktør for kundenyhetsbrevet til en norsk hagebutikk.

Kontekst: Her er to nyhetsbrev som kundene våre likte godt.
Eksempel 1: [LIM INN NYHETSBREV 1]
Eksempel 2: [LIM INN NYHETSBREV 2]

Oppgave: Beskriv først med tre punkter hva som kjennetegner tonen og oppbygningen. Skriv deretter et nytt nyhetsbrev om vårens nyheter: [LIM INN FAKTA OM NYHETENE].

Format: Overskrift, ingress på to setninger, tre korte avsnitt og en oppfordring til slutt. Høyst 200 ord.

Begrensninger: Ta tonen fra eksemplene, men hold deg til faktaene i listen over nyheter. Ingen priser eller tilbud som ikke står i listen.`,
    en: `You are the editor of the customer newsletter for a Norwegian garden centre.

Context: Here are two newsletters our customers liked.
Example 1: [PASTE NEWSLETTER 1]
Example 2: [PASTE NEWSLETTER 2]

Task: First describe in three bullet points what characterises the tone and structure. Then write a new newsletter about this spring's news: [PASTE THE FACTS ABOUT THE NEWS].

Format: A headline, a two-sentence lead, three short paragraphs and a call to action at the end. At most 200 words.

Constraints: Take the tone from the examples, but stick to the facts in the list of news. No prices or offers that are not in the list.`,
  },
} satisfies PromptChallenge
