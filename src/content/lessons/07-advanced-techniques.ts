import type { Lesson } from '../types'

export default {
  id: 'advanced-techniques',
  order: 7,
  competency: 'advanced-prompting',
  level: 'intermediate',
  module: 2,
  minutes: 7,
  title: {
    nb: 'Avanserte prompt-teknikker',
    en: 'Advanced prompting techniques',
  },
  summary: {
    nb: 'Rolle, rik kontekst, eksempler, steg-for-steg, plan først, flere runder og maler: teknikkene som gjør KI-svar mer treffsikre og lettere å gjenbruke.',
    en: 'Role, rich context, examples, step by step, plan first, several rounds and templates: the techniques that make AI answers more precise and easier to reuse.',
  },
  cards: [
    {
      id: 'advanced-techniques.c1',
      title: {
        nb: 'Fra grunnprompt til verktøykasse',
        en: 'From a basic prompt to a toolbox',
      },
      body: {
        nb: 'Fra grunnivået kjenner du byggesteinene i en god prompt: rolle, oppgave, kontekst og format. Nå lærer du teknikker som gjør svarene mer treffsikre. Du viser KI eksempler den kan følge, ber om en plan før selve teksten, lar den jobbe steg for steg og forbedrer svaret i flere runder. Til slutt gjør du det som virket om til en mal som kollegaene også kan bruke. Ingen av teknikkene er magi. De handler om å gi verktøyet det en ny kollega også ville trengt.',
        en: 'From the basic level you know the building blocks of a good prompt: role, task, context and format. Now you learn techniques that make the answers more precise. You show the AI examples it can follow, ask for a plan before the text itself, let it work step by step and improve the answer over several rounds. Finally you turn what worked into a template your colleagues can use too. None of this is magic. It is about giving the tool what a new colleague would also need.',
      },
    },
    {
      id: 'advanced-techniques.c2',
      title: { nb: 'Gi KI en tydelig rolle', en: 'Give the AI a clear role' },
      body: {
        nb: '«Du er en erfaren innkjøper i en byggevarekjede» gir et annet svar enn ingen rolle i det hele tatt. Rollen styrer ordvalg, faglig nivå og hva verktøyet legger vekt på. Gjør rollen konkret: bransje, erfaring og hvem det skriver for. Du kan også snu det og be KI lese som mottakeren: «Les utkastet mitt som en travel kunde. Hva er uklart?» Husk at en rolle ikke gir verktøyet ny kunnskap. Den endrer vinklingen, ikke fakta – dem må du fortsatt sjekke.',
        en: '“You are an experienced buyer for a chain of building-supply stores” gives a different answer from no role at all. The role steers word choice, level of expertise and what the tool emphasises. Make the role concrete: industry, experience and who it is writing for. You can also turn it around and ask the AI to read as the recipient: “Read my draft as a busy customer. What is unclear?” Remember that a role gives the tool no new knowledge. It changes the angle, not the facts — you still have to check those.',
      },
    },
    {
      id: 'advanced-techniques.c3',
      title: {
        nb: 'Rik kontekst – men riktig kontekst',
        en: 'Rich context — but the right context',
      },
      body: {
        nb: '**Kontekst skiller et generelt svar fra et nyttig svar.** Fortell hvem teksten er til, hva den skal oppnå, hva mottakeren allerede vet, og hvilke rammer som gjelder: lengde, tone, frister og ting som ikke skal nevnes. Lim gjerne inn bakgrunn, for eksempel en offentlig produktbeskrivelse. Men mer er ikke alltid bedre. Ta med det som betyr noe for oppgaven, og aldri personopplysninger eller fortrolige tall i et verktøy som ikke er godkjent for den dataklassen.',
        en: '**Context is what separates a generic answer from a useful one.** Say who the text is for, what it should achieve, what the recipient already knows and which limits apply: length, tone, deadlines and things that must not be mentioned. Paste in background too, such as a public product description. But more is not always better. Include what matters for the task, and never personal data or confidential figures in a tool that is not approved for that data class.',
      },
    },
    {
      id: 'advanced-techniques.c4',
      title: { nb: 'Vis med eksempler', en: 'Show with examples' },
      body: {
        nb: '**Vis, ikke bare fortell.** Har du to eller tre tekster du er fornøyd med, lim dem inn og skriv: «Skriv i samme stil og oppbygning som disse.» Verktøyet fanger opp tone, lengde og struktur langt bedre enn når du prøver å beskrive dem med ord. Dette kalles few-shot. Velg eksempler som er litt ulike, ellers kopierer KI detaljer du ikke ønsket. Fjern navn, kundeopplysninger og priser fra eksemplene før du limer dem inn.',
        en: '**Show, don’t just tell.** If you have two or three texts you are happy with, paste them in and write: “Write in the same style and structure as these.” The tool picks up tone, length and structure far better than when you try to describe them in words. This is called few-shot prompting. Choose examples that differ a little, or the AI will copy details you did not want. Remove names, customer details and prices from the examples before you paste them in.',
      },
      term: {
        word: { nb: 'Few-shot', en: 'Few-shot prompting' },
        definition: {
          nb: 'Å gi KI noen få eksempler på ønsket svar i selve prompten, slik at den kan følge mønsteret. En prompt uten eksempler kalles zero-shot.',
          en: 'Giving the AI a few examples of the answer you want inside the prompt itself, so it can follow the pattern. A prompt with no examples is called zero-shot.',
        },
      },
    },
    {
      id: 'advanced-techniques.c5',
      title: { nb: 'La KI jobbe steg for steg', en: 'Let the AI work step by step' },
      body: {
        nb: 'Når oppgaven har flere ledd – en beregning, en sammenligning av tre tilbud eller en vurdering med flere hensyn – kan du skrive: «Gå gjennom dette steg for steg, og vis hvilke forutsetninger du bruker.» Da ser du lettere hvor et svar går galt. Mange nyere modeller resonnerer av seg selv, men synlige steg hjelper deg fortsatt med kontrollen. Vær oppmerksom: at stegene ser logiske ut, betyr ikke at tallene stemmer. Regn etter selv.',
        en: 'When a task has several parts — a calculation, a comparison of three quotes or a judgement with several concerns — you can write: “Go through this step by step and show which assumptions you use.” That makes it easier to see where an answer goes wrong. Many newer models reason on their own, but visible steps still help you check. Be aware: steps that look logical do not mean the numbers are right. Do the sums yourself.',
      },
    },
    {
      id: 'advanced-techniques.c6',
      title: { nb: 'Be om en plan først', en: 'Ask for a plan first' },
      body: {
        nb: 'Ved større oppgaver, som en rapport eller en presentasjon, kan du skrive: «Før du skriver noe, foreslå en disposisjon med overskrifter og ett punkt om hver del. Vent på svaret mitt.» Da kan du rette kursen tidlig: flytte deler, stryke det som ikke passer og legge til det KI ikke kunne vite. Det går mye raskere å endre en disposisjon på ti linjer enn å skrive om fem sider. Du beholder også styringen over hva teksten skal handle om.',
        en: 'For bigger tasks, such as a report or a presentation, you can write: “Before you write anything, suggest an outline with headings and one point about each part. Wait for my reply.” Then you can correct the course early: move parts, cut what does not fit and add what the AI could not know. Changing a ten-line outline is much faster than rewriting five pages. You also stay in charge of what the text is about.',
      },
    },
    {
      id: 'advanced-techniques.c7',
      title: { nb: 'Forbedre i flere runder', en: 'Improve over several rounds' },
      body: {
        nb: '**Det første svaret er et utkast.** Gode resultater kommer ofte etter to til fire runder. Vær konkret når du følger opp: «Kort ned til 120 ord», «Gjør avsnitt to mindre formelt», «Du glemte leveringstiden – ta den med». Si også hva som er bra, så verktøyet beholder det. Sporer samtalen av, start heller en ny samtale med en bedre første prompt enn å lappe i det uendelige. Noter hvilken oppfølging som hjalp. Den hører ofte hjemme i neste versjon av prompten.',
        en: '**The first answer is a draft.** Good results often come after two to four rounds. Be specific when you follow up: “Shorten to 120 words”, “Make paragraph two less formal”, “You forgot the delivery time — add it”. Say what is good as well, so the tool keeps it. If the conversation drifts, start a new one with a better first prompt rather than patching endlessly. Note which follow-up helped. It often belongs in the next version of the prompt.',
      },
    },
    {
      id: 'advanced-techniques.c8',
      title: { nb: 'Gjør en god prompt om til en mal', en: 'Turn a good prompt into a template' },
      body: {
        nb: 'Når en prompt har virket flere ganger, bytter du ut det som varierer med plassholdere i doble krøllparenteser: {{kundetype}}, {{produkt}}, {{tone}}. Da kan både du og kollegaene fylle inn og bruke den på sekunder. Skriv én linje om hva malen er til, og hvilken dataklasse den tåler. Del den i det felles promptbiblioteket, så slipper andre å finne opp det samme på nytt – og du får vite om den sparer tid for flere enn deg.',
        en: 'Once a prompt has worked several times, replace what varies with placeholders in double curly braces: {{customer_type}}, {{product}}, {{tone}}. Then you and your colleagues can fill it in and use it in seconds. Write one line on what the template is for and which data class it can handle. Share it in the shared prompt library, so others need not reinvent it — and you learn whether it saves time for more people than you.',
      },
    },
  ],
  example: {
    department: 'sales',
    situation: {
      nb: 'Hanne er selger i et firma som leverer ventilasjonsanlegg til næringsbygg. Hun skal skrive en oppfølgings-e-post etter en befaring hos en mulig kunde, og vil at den skal høres ut som firmaets beste e-poster.',
      en: 'Hanne is a salesperson at a company that supplies ventilation systems for commercial buildings. She needs to write a follow-up e-mail after a site visit to a possible customer, and wants it to sound like the company’s best e-mails.',
    },
    weakPrompt: {
      nb: 'Skriv en oppfølgings-e-post til en kunde etter et møte.',
      en: 'Write a follow-up e-mail to a customer after a meeting.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren selger i et norsk firma som leverer ventilasjonsanlegg til næringsbygg. Skriv en oppfølgings-e-post etter en befaring hos en kunde som driver en kjede av treningssentre. Kunden er mest opptatt av støynivå og driftskostnader. Målet er et nytt møte der vi legger fram et prisoverslag. Maks 150 ord, vennlig og konkret, og avslutt med to forslag til møtetid. Her er to e-poster vi er fornøyde med – følg tonen og oppbygningen: [eksempel 1 uten navn] [eksempel 2 uten navn]. Før du skriver: still meg inntil tre spørsmål hvis noe er uklart.',
      en: 'You are an experienced salesperson at a Norwegian company that supplies ventilation systems for commercial buildings. Write a follow-up e-mail after a site visit to a customer who runs a chain of gyms. The customer cares most about noise level and running costs. The goal is a new meeting where we present a price estimate. At most 150 words, friendly and concrete, ending with two suggested meeting times. Here are two e-mails we are happy with — follow their tone and structure: [example 1 without names] [example 2 without names]. Before you write: ask me up to three questions if anything is unclear.',
    },
    whyItWorks: {
      nb: 'Prompten gir en konkret rolle, kontekst om kunden og hva som skal oppnås, et tydelig format og to eksempler å etterligne (few-shot). Den inviterer KI til å spørre før den gjetter. Eksemplene er renset for navn, og ingen priser eller kundeopplysninger er med.',
      en: 'The prompt gives a concrete role, context about the customer and the goal, a clear format and two examples to imitate (few-shot). It invites the AI to ask before it guesses. The examples are stripped of names, and no prices or customer details are included.',
    },
  },
  quiz: [
    {
      id: 'advanced-techniques.q1',
      question: { nb: 'Hva er few-shot-prompting?', en: 'What is few-shot prompting?' },
      choices: [
        {
          id: 'advanced-techniques.q1.a',
          text: {
            nb: 'Å gi KI noen få eksempler på ønsket svar',
            en: 'Giving the AI a few examples of the answer you want',
          },
        },
        {
          id: 'advanced-techniques.q1.b',
          text: {
            nb: 'Å holde prompten så kort som mulig, gjerne én linje',
            en: 'Keeping the prompt as short as possible, one line ideally',
          },
        },
        {
          id: 'advanced-techniques.q1.c',
          text: {
            nb: 'Å be KI svare med så få ord som den klarer',
            en: 'Asking the AI to answer in as few words as it can',
          },
        },
        {
          id: 'advanced-techniques.q1.d',
          text: {
            nb: 'Å kjøre samme prompt noen ganger og velge det beste',
            en: 'Running one prompt a few times and picking the best',
          },
        },
      ],
      correct: 'advanced-techniques.q1.a',
      explanation: {
        nb: 'Few-shot betyr at du viser noen få eksempler på det du vil ha. Verktøyet følger da tone, lengde og struktur bedre enn når du bare beskriver dem.',
        en: 'Few-shot means you show a few examples of what you want. The tool then follows tone, length and structure better than when you only describe them.',
      },
    },
    {
      id: 'advanced-techniques.q2',
      question: {
        nb: 'Du skal lage en prosjektrapport på tolv sider med hjelp av KI. Hva er lurest som første steg?',
        en: 'You are going to write a twelve-page project report with help from AI. What is the smartest first step?',
      },
      choices: [
        {
          id: 'advanced-techniques.q2.a',
          text: {
            nb: 'Be om hele rapporten i én prompt og rette etterpå',
            en: 'Ask for the whole report in one prompt and fix it later',
          },
        },
        {
          id: 'advanced-techniques.q2.b',
          text: {
            nb: 'Be om en disposisjon og justere den først',
            en: 'Ask for an outline and adjust it first',
          },
        },
        {
          id: 'advanced-techniques.q2.c',
          text: {
            nb: 'Be KI fylle inn tall der du mangler dem, så den blir ferdig',
            en: 'Ask the AI to fill in missing numbers so it gets finished',
          },
        },
        {
          id: 'advanced-techniques.q2.d',
          text: {
            nb: 'Be om tolv sider og korte ned det som blir for langt',
            en: 'Ask for twelve pages and cut whatever runs too long',
          },
        },
      ],
      correct: 'advanced-techniques.q2.b',
      explanation: {
        nb: 'En disposisjon er rask å rette. Du styrer innhold og rekkefølge før KI skriver alt, og slipper å skrive om mange sider. KI skal aldri finne på tall du mangler.',
        en: 'An outline is quick to correct. You steer content and order before the AI writes everything, and avoid rewriting many pages. The AI should never invent numbers you are missing.',
      },
    },
    {
      id: 'advanced-techniques.q3',
      question: {
        nb: 'KI viser en ryddig utregning steg for steg. Hva betyr det?',
        en: 'The AI shows a tidy step-by-step calculation. What does that mean?',
      },
      choices: [
        {
          id: 'advanced-techniques.q3.a',
          text: {
            nb: 'At tallene stemmer, siden hvert steg er vist',
            en: 'That the numbers are right, since every step is shown',
          },
        },
        {
          id: 'advanced-techniques.q3.b',
          text: {
            nb: 'At du lettere kan sjekke den, men må regne etter',
            en: 'That it is easier to check, but you still redo the sums',
          },
        },
        {
          id: 'advanced-techniques.q3.c',
          text: {
            nb: 'At verktøyet har hentet tallene fra en offisiell kilde',
            en: 'That the tool took the numbers from an official source',
          },
        },
        {
          id: 'advanced-techniques.q3.d',
          text: {
            nb: 'At modellen har brukt en innebygd, feilfri kalkulator',
            en: 'That the model used a built-in, error-free calculator',
          },
        },
      ],
      correct: 'advanced-techniques.q3.b',
      explanation: {
        nb: 'Synlige steg gjør det lettere å finne feil, men en språkmodell kan skrive logiske steg med gale tall. Kontrollen er fortsatt din.',
        en: 'Visible steps make errors easier to find, but a language model can write logical-looking steps with wrong numbers. Checking is still your job.',
      },
    },
    {
      id: 'advanced-techniques.q4',
      question: {
        nb: 'Etter seks runder med småretting har samtalen sporet av. Hva gjør du?',
        en: 'After six rounds of small fixes the conversation has drifted. What do you do?',
      },
      choices: [
        {
          id: 'advanced-techniques.q4.a',
          text: {
            nb: 'Fortsetter å rette i samme samtale til det blir bra',
            en: 'Keep correcting in the same chat until it is good',
          },
        },
        {
          id: 'advanced-techniques.q4.b',
          text: {
            nb: 'Prøver et annet verktøy som ikke er godkjent, men kanskje bedre',
            en: 'Try another tool that is not approved but might be better',
          },
        },
        {
          id: 'advanced-techniques.q4.c',
          text: {
            nb: 'Starter på nytt med en bedre første prompt',
            en: 'Start again with a better first prompt',
          },
        },
        {
          id: 'advanced-techniques.q4.d',
          text: {
            nb: 'Ber KI oppsummere samtalen og fortsetter derfra',
            en: 'Ask the AI to sum up the chat and carry on from there',
          },
        },
      ],
      correct: 'advanced-techniques.q4.c',
      explanation: {
        nb: 'En ny samtale med en bedre prompt gir ofte et bedre svar raskere enn lapping. Ta med det som virket i oppfølgingene. Bruk bare godkjente verktøy.',
        en: 'A new conversation with a better prompt often gives a better answer faster than patching. Bring along what worked in the follow-ups. Use approved tools only.',
      },
    },
  ],
  tryIt: {
    nb: 'Velg en tekst du skriver ofte, for eksempel en fast type e-post. Finn to gode eksempler du har skrevet før, og fjern navn og kundedata. Skriv en prompt med rolle, kontekst og eksemplene, og be om en plan før teksten. Forbedre svaret i minst to runder. Lagre til slutt prompten som en mal med {{plassholdere}}.',
    en: 'Pick a text you write often, such as a recurring type of e-mail. Find two good examples you wrote earlier and remove names and customer data. Write a prompt with a role, context and the examples, and ask for a plan before the text. Improve the answer over at least two rounds. Finally, save the prompt as a template with {{placeholders}}.',
  },
  review: [
    {
      id: 'advanced-techniques.r1',
      front: { nb: 'Hva er few-shot-prompting?', en: 'What is few-shot prompting?' },
      back: {
        nb: 'Å gi KI noen få eksempler på ønsket svar i prompten, så den følger tone, lengde og struktur. Fjern personopplysninger fra eksemplene først.',
        en: 'Giving the AI a few examples of the answer you want in the prompt, so it follows tone, length and structure. Remove personal data from the examples first.',
      },
    },
    {
      id: 'advanced-techniques.r2',
      front: { nb: 'Hvorfor be om en plan først?', en: 'Why ask for a plan first?' },
      back: {
        nb: 'Det er raskere å rette en disposisjon enn en ferdig tekst. Du styrer innholdet før KI skriver alt.',
        en: 'Correcting an outline is faster than correcting a finished text. You steer the content before the AI writes everything.',
      },
    },
    {
      id: 'advanced-techniques.r3',
      front: {
        nb: 'Når bør du starte en ny samtale i stedet for å rette videre?',
        en: 'When should you start a new conversation instead of correcting further?',
      },
      back: {
        nb: 'Når rettingen ikke lenger hjelper. Skriv en bedre første prompt med det du har lært, og lagre den som mal når den virker.',
        en: 'When the corrections no longer help. Write a better first prompt with what you learned, and save it as a template once it works.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
