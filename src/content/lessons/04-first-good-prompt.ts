import type { Lesson } from '../types'

export default {
  id: 'first-good-prompt',
  order: 4,
  competency: 'simple-prompts',
  level: 'basic',
  module: 1,
  minutes: 7,
  title: {
    nb: 'Din første gode prompt',
    en: 'Your first good prompt',
  },
  summary: {
    nb: 'De seks delene i en god prompt – rolle, kontekst, oppgave, format, begrensninger og eksempel – de vanligste feilene, og hvorfor det første svaret bare er et utkast.',
    en: 'The six parts of a good prompt – role, context, task, format, constraints and example – the most common mistakes, and why the first answer is only a draft.',
  },
  cards: [
    {
      id: 'first-good-prompt.c1',
      title: {
        nb: 'En god prompt er en god bestilling',
        en: 'A good prompt is a good brief',
      },
      body: {
        nb: 'Tenk på prompten som en bestilling til en dyktig, ny kollega som ikke vet noe om bedriften, kunden eller hva du trenger. Jo tydeligere bestillingen er, jo færre runder med omskriving får du. En god prompt har gjerne seks deler: **rolle, kontekst, oppgave, format, begrensninger og eksempel**. Du trenger ikke alle hver gang, men de fire første hjelper nesten alltid. I Løft sjekker promptcoachen disse delene for deg.',
        en: 'Think of your prompt as a brief for a capable new colleague who knows nothing about your company, your customer or what you need. The clearer the brief, the fewer rounds of rewriting. A good prompt often has six parts: **role, context, task, format, constraints and example**. You don’t need all of them every time, but the first four almost always help. In Løft, the prompt coach checks these parts for you.',
      },
    },
    {
      id: 'first-good-prompt.c2',
      title: {
        nb: 'Rolle: hvem skal KI være?',
        en: 'Role: who should the AI be?',
      },
      body: {
        nb: 'Be KI om å ta et bestemt perspektiv: «Du er en erfaren prosjektleder i et norsk elektrofirma» eller «Du er en tålmodig kundebehandler». Rollen styrer ordvalg, hva som blir vektlagt, og hvor faglig teksten blir. Si gjerne også hvem du er selv, og hvem som skal lese resultatet. En tekst til styret ser helt annerledes ut enn en beskjed til montørene på byggeplassen.',
        en: 'Ask the AI to take a particular perspective: “You are an experienced project manager at a Norwegian electrical contractor” or “You are a patient customer service adviser”. The role steers the wording, what gets emphasis and how technical the text becomes. It also helps to say who you are and who will read the result. A text for the board looks very different from a message to the fitters on site.',
      },
    },
    {
      id: 'first-good-prompt.c3',
      title: {
        nb: 'Kontekst: det KI ikke kan vite',
        en: 'Context: what the AI cannot know',
      },
      body: {
        nb: '**Kontekst** er bakgrunnen: hvem mottakeren er, hva som har skjedd, hva målet er, og hva som er viktig for dere. Modellen vet ingenting om bedriften din utover det du skriver. Lim gjerne inn relevant tekst, som et tidligere tilbud eller kundens forespørsel – men bare innenfor datareglene, og anonymisert der det trengs. To setninger ekstra kontekst sparer deg ofte for tre runder med retting.',
        en: '**Context** is the background: who the recipient is, what has happened, what the goal is and what matters to you. The model knows nothing about your company beyond what you write. Feel free to paste in relevant text, such as an earlier offer or the customer’s enquiry – but only within the data rules, and anonymised where needed. Two extra sentences of context often save you three rounds of corrections.',
      },
      term: {
        word: { nb: 'kontekst', en: 'context' },
        definition: {
          nb: 'Bakgrunnsinformasjonen modellen trenger for å løse oppgaven godt: hvem, hva, hvorfor og for hvem. Modellen kjenner bare det som står i prompten og i samtalen så langt.',
          en: 'The background information the model needs to do the task well: who, what, why and for whom. The model only knows what is in your prompt and in the conversation so far.',
        },
      },
    },
    {
      id: 'first-good-prompt.c4',
      title: {
        nb: 'Oppgave: ett tydelig verb',
        en: 'Task: one clear verb',
      },
      body: {
        nb: 'Si nøyaktig hva du vil ha gjort, med et aktivt verb: skriv, oppsummer, sammenlign, lag en liste, foreslå tre alternativer. «Hjelp meg med tilbudet» er uklart. «Skriv et følgebrev til tilbudet» er tydelig. Har du flere oppgaver, tar du dem én og én. Da blir hvert svar bedre, og det er lettere å se hvor noe går galt.',
        en: 'Say exactly what you want done, with an active verb: write, summarise, compare, list, suggest three options. “Help me with the offer” is vague. “Write a cover letter for the offer” is clear. If you have several tasks, take them one at a time. Each answer gets better, and it is easier to see where something goes wrong.',
      },
    },
    {
      id: 'first-good-prompt.c5',
      title: {
        nb: 'Format og begrensninger',
        en: 'Format and constraints',
      },
      body: {
        nb: '**Format** sier hvordan svaret skal se ut: lengde, oppbygging (punktliste, tabell, e-post med emnefelt), språk og tone. For eksempel: «høyst 150 ord, tre korte avsnitt, du-form».\n\n**Begrensninger** sier hva KI ikke skal gjøre: «Bruk bare tallene jeg har gitt deg», «ingen faguttrykk uten forklaring», «ikke lov leveringsdato». Begrensninger er den enkleste måten å unngå oppdiktede fakta og løfter du ikke kan holde.',
        en: '**Format** says what the answer should look like: length, structure (bullet list, table, e-mail with a subject line), language and tone. For example: “no more than 150 words, three short paragraphs, informal and direct”.\n\n**Constraints** say what the AI must not do: “Use only the figures I have given you”, “no jargon without an explanation”, “do not promise a delivery date”. Constraints are the simplest way to avoid invented facts and promises you cannot keep.',
      },
    },
    {
      id: 'first-good-prompt.c6',
      title: {
        nb: 'Eksempel: vis hva du mener',
        en: 'Example: show what you mean',
      },
      body: {
        nb: 'Et eksempel sier mer enn ti adjektiver. Vil du ha en bestemt tone, kan du lime inn et avsnitt dere har skrevet før og skrive «skriv i samme stil». Vil du ha en bestemt tabell, viser du overskriftene. Modellen etterligner mønsteret, så velg et eksempel du faktisk er fornøyd med. Og husk: Eksempelet følger de samme datareglene som resten av prompten.',
        en: 'One example says more than ten adjectives. If you want a particular tone, paste in a paragraph you have written before and say “write in the same style”. If you want a particular table, show the column headings. The model copies the pattern, so choose an example you are actually happy with. And remember: the example follows the same data rules as the rest of the prompt.',
      },
    },
    {
      id: 'first-good-prompt.c7',
      title: {
        nb: 'Tre typiske feil',
        en: 'Three typical mistakes',
      },
      body: {
        nb: '**For vag:** «Skriv noe om prosjektet.» Hvilket prosjekt, til hvem, hvor langt? Legg til kontekst og format.\n\n**Flere oppgaver på én gang:** «Oppsummer rapporten, lag et tilbud og oversett det til engelsk.» Del det opp i tre prompter.\n\n**Ingen målgruppe:** Samme innhold skal skrives helt ulikt til en innkjøpssjef, en nyansatt og en kunde som er sint. Si alltid hvem som skal lese.',
        en: '**Too vague:** “Write something about the project.” Which project, for whom, how long? Add context and format.\n\n**Several tasks at once:** “Summarise the report, write an offer and translate it into English.” Split it into three prompts.\n\n**No audience:** The same content should be written quite differently for a purchasing manager, a new employee and an angry customer. Always say who will read it.',
      },
    },
    {
      id: 'first-good-prompt.c8',
      title: {
        nb: 'Iterer: første svar er et utkast',
        en: 'Iterate: the first answer is a draft',
      },
      body: {
        nb: 'Sjelden er det første svaret perfekt, og det er helt normalt. Les det, og be om konkrete endringer i samme samtale: «kortere», «mindre formelt», «legg til en tabell over fremdriften», «dropp innledningen». To eller tre runder er vanlig. Sporer samtalen av, starter du heller en ny med en bedre prompt. Og når du har fått en prompt som virker, lagrer du den – neste gang tar oppgaven noen minutter.',
        en: 'The first answer is rarely perfect, and that is completely normal. Read it and ask for specific changes in the same conversation: “shorter”, “less formal”, “add a table of the schedule”, “drop the introduction”. Two or three rounds are common. If the conversation goes off track, start a new one with a better prompt. And once you have a prompt that works, save it – next time the task takes a few minutes.',
      },
    },
  ],
  example: {
    department: 'project',
    situation: {
      nb: 'Marte er prosjektleder i et ventilasjonsfirma med 80 ansatte. Hun skal sende et tilbud om nytt ventilasjonsanlegg til en kommunal barnehage og vil ha hjelp med følgebrevet. Prisen og de tekniske detaljene står i vedlegget.',
      en: 'Marte is a project manager at a ventilation company with 80 employees. She is sending an offer for a new ventilation system to a municipal kindergarten and wants help with the cover letter. The price and the technical details are in the attachment.',
    },
    weakPrompt: {
      nb: 'Skriv et tilbud på ventilasjon.',
      en: 'Write an offer for ventilation.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren prosjektleder i et norsk ventilasjonsfirma. Kontekst: Vi gir tilbud til [KUNDE], en kommunal barnehage, på utskifting av ventilasjonsanlegget i et bygg på ca. 600 m². Arbeidet skal gjøres i fellesferien, mens barnehagen er stengt. Oppgave: Skriv et følgebrev til tilbudet. Format: e-post med emnefelt, høyst 200 ord, tre korte avsnitt – behovet slik vi forstår det, løsningen og gjennomføringen, neste steg. Begrensninger: Ikke nevn pris (den står i vedlegget), ingen faguttrykk uten forklaring, vennlig og saklig tone. Eksempel på tonen vår: «Takk for en god befaring forrige uke.»',
      en: 'You are an experienced project manager at a Norwegian ventilation company. Context: We are making an offer to [CUSTOMER], a municipal kindergarten, for replacing the ventilation system in a building of about 600 m². The work will be done during the summer holiday, while the kindergarten is closed. Task: Write a cover letter for the offer. Format: an e-mail with a subject line, no more than 200 words, three short paragraphs – the need as we understand it, the solution and how we will carry it out, next steps. Constraints: Do not mention the price (it is in the attachment), no jargon without an explanation, a friendly and matter-of-fact tone. Example of our tone: “Thank you for a useful site visit last week.”',
    },
    whyItWorks: {
      nb: 'Den svake prompten gir KI ingenting å gå på, så svaret blir generisk og må skrives om. Den sterke har alle seks delene: rolle, kontekst, én oppgave, format, begrensninger og et eksempel på tonen. Kunden er anonymisert, og prisen holdes utenfor slik at den bare står ett sted – i vedlegget Marte selv har kontrollert.',
      en: 'The weak prompt gives the AI nothing to work with, so the answer is generic and has to be rewritten. The strong one has all six parts: role, context, a single task, format, constraints and an example of the tone. The customer is anonymised, and the price is kept out so that it only appears in one place – the attachment Marte has checked herself.',
    },
  },
  quiz: [
    {
      id: 'first-good-prompt.q1',
      question: {
        nb: 'Hva mangler mest i prompten «Skriv en oppsummering av prosjektet»?',
        en: 'What is most missing from the prompt “Write a summary of the project”?',
      },
      choices: [
        {
          id: 'first-good-prompt.q1.a',
          text: {
            nb: 'Høflighetsfraser som «vær så snill» og «takk på forhånd»',
            en: 'Polite phrases such as “please” and “thanks in advance”',
          },
        },
        {
          id: 'first-good-prompt.q1.b',
          text: {
            nb: 'Kontekst, målgruppe og format',
            en: 'Context, audience and format',
          },
        },
        {
          id: 'first-good-prompt.q1.c',
          text: {
            nb: 'Ingenting – KI finner ut av resten selv',
            en: 'Nothing – the AI works out the rest itself',
          },
        },
        {
          id: 'first-good-prompt.q1.d',
          text: {
            nb: 'Et krav om at svaret skal være helt feilfritt',
            en: 'A demand that the answer must be flawless',
          },
        },
      ],
      correct: 'first-good-prompt.q1.b',
      explanation: {
        nb: 'KI vet ikke hvilket prosjekt du mener, hvem som skal lese, eller hvor langt det skal være. Uten kontekst, målgruppe og format får du et generisk svar. Høflighet skader ikke, men det gir ikke modellen noe å jobbe med.',
        en: 'The AI does not know which project you mean, who will read it or how long it should be. Without context, audience and format you get a generic answer. Politeness does no harm, but it gives the model nothing to work with.',
      },
    },
    {
      id: 'first-good-prompt.q2',
      question: {
        nb: 'Du trenger en statusrapport, en e-post til kunden og en engelsk oversettelse. Hva er lurest?',
        en: 'You need a status report, an e-mail to the customer and an English translation. What is the smartest approach?',
      },
      choices: [
        {
          id: 'first-good-prompt.q2.a',
          text: {
            nb: 'Å be om alt i én lang prompt for å spare tid',
            en: 'Ask for everything in one long prompt to save time',
          },
        },
        {
          id: 'first-good-prompt.q2.b',
          text: {
            nb: 'Å be om statusrapporten og håpe at resten kommer med',
            en: 'Ask for the status report and hope the rest comes along',
          },
        },
        {
          id: 'first-good-prompt.q2.c',
          text: {
            nb: 'Å ta én oppgave av gangen, med tydelig format',
            en: 'Take one task at a time, with a clear format',
          },
        },
        {
          id: 'first-good-prompt.q2.d',
          text: {
            nb: 'Å be tre kollegaer skrive hver sin prompt samtidig',
            en: 'Ask three colleagues to write one prompt each at once',
          },
        },
      ],
      correct: 'first-good-prompt.q2.c',
      explanation: {
        nb: 'Flere oppgaver i samme prompt gir ofte halvgode svar på alle. Én oppgave av gangen gir bedre resultater og gjør det lett å se hva som må rettes. Du kan gjerne gjøre det i samme samtale, så modellen har konteksten.',
        en: 'Several tasks in one prompt often give half-good answers to all of them. One task at a time gives better results and makes it easy to see what needs fixing. You can do it in the same conversation, so the model keeps the context.',
      },
    },
    {
      id: 'first-good-prompt.q3',
      question: {
        nb: 'Hvilken av disse er en begrensning?',
        en: 'Which of these is a constraint?',
      },
      choices: [
        {
          id: 'first-good-prompt.q3.a',
          text: {
            nb: '«Bruk bare tallene jeg har gitt deg.»',
            en: '“Use only the figures I have given you.”',
          },
        },
        {
          id: 'first-good-prompt.q3.b',
          text: {
            nb: '«Du er en erfaren HR-rådgiver i industrien.»',
            en: '“You are an experienced HR adviser in industry.”',
          },
        },
        {
          id: 'first-good-prompt.q3.c',
          text: {
            nb: '«Kunden er en barnehage som skal pusse opp.»',
            en: '“The customer is a kindergarten about to renovate.”',
          },
        },
        {
          id: 'first-good-prompt.q3.d',
          text: {
            nb: '«Skriv et følgebrev til tilbudet vårt.»',
            en: '“Write a cover letter for our offer.”',
          },
        },
      ],
      correct: 'first-good-prompt.q3.a',
      explanation: {
        nb: 'En begrensning sier hva KI ikke skal gjøre eller hvilke rammer den må holde seg innenfor. De andre er henholdsvis rolle, kontekst og oppgave.',
        en: 'A constraint says what the AI must not do or which limits it has to stay within. The others are a role, context and a task respectively.',
      },
    },
    {
      id: 'first-good-prompt.q4',
      question: {
        nb: 'Det første svaret er nesten bra, men for langt og for formelt. Hva gjør du?',
        en: 'The first answer is almost right, but too long and too formal. What do you do?',
      },
      choices: [
        {
          id: 'first-good-prompt.q4.a',
          text: {
            nb: 'Godtar det som det er – KI vet best hva som passer',
            en: 'Accept it as it is – the AI knows best what fits',
          },
        },
        {
          id: 'first-good-prompt.q4.b',
          text: {
            nb: 'Skriver hele teksten om selv fra bunnen av',
            en: 'Rewrite the whole text yourself from scratch',
          },
        },
        {
          id: 'first-good-prompt.q4.c',
          text: {
            nb: 'Kjører nøyaktig samme prompt på nytt og håper på bedre flaks',
            en: 'Run exactly the same prompt again and hope for better luck',
          },
        },
        {
          id: 'first-good-prompt.q4.d',
          text: {
            nb: 'Ber om kortere og mindre formell tekst i samme samtale',
            en: 'Ask for a shorter, less formal text in the same chat',
          },
        },
      ],
      correct: 'first-good-prompt.q4.d',
      explanation: {
        nb: 'Iterasjon er normalt: Modellen ser hele samtalen, så en kort, konkret tilbakemelding gir raskt et bedre utkast. Å kjøre samme prompt igjen endrer bare tilfeldighetene, ikke bestillingen.',
        en: 'Iterating is normal: the model sees the whole conversation, so short, specific feedback quickly gives a better draft. Running the same prompt again only changes the randomness, not the brief.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta en tekst du skal skrive i dag eller i morgen – en e-post, et tilbud eller et referat. Skriv prompten med de seks delene på hver sin linje: Rolle, Kontekst, Oppgave, Format, Begrensninger, Eksempel. Fjern personopplysninger først. Kjør den i et godkjent verktøy, be om minst én forbedring, og lagre prompten som virket.',
    en: 'Take a text you need to write today or tomorrow – an e-mail, an offer or some minutes. Write the prompt with the six parts on separate lines: Role, Context, Task, Format, Constraints, Example. Remove any personal data first. Run it in an approved tool, ask for at least one improvement, and save the prompt that worked.',
  },
  review: [
    {
      id: 'first-good-prompt.r1',
      front: {
        nb: 'Hvilke seks deler kan en god prompt ha?',
        en: 'Which six parts can a good prompt have?',
      },
      back: {
        nb: 'Rolle, kontekst, oppgave, format, begrensninger og eksempel. De fire første hjelper nesten alltid.',
        en: 'Role, context, task, format, constraints and example. The first four almost always help.',
      },
    },
    {
      id: 'first-good-prompt.r2',
      front: {
        nb: 'Hva er de tre vanligste promptfeilene?',
        en: 'What are the three most common prompt mistakes?',
      },
      back: {
        nb: 'For vag, flere oppgaver på én gang, og ingen målgruppe.',
        en: 'Too vague, several tasks at once, and no audience.',
      },
    },
    {
      id: 'first-good-prompt.r3',
      front: {
        nb: 'Hva gjør du når det første svaret ikke er helt riktig?',
        en: 'What do you do when the first answer is not quite right?',
      },
      back: {
        nb: 'Be om konkrete endringer i samme samtale. To eller tre runder er normalt. Lagre prompten når den virker.',
        en: 'Ask for specific changes in the same conversation. Two or three rounds are normal. Save the prompt once it works.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
