import type { Lesson } from '../types'

export default {
  id: 'ai-in-your-workflow',
  order: 9,
  competency: 'ai-workflows',
  level: 'intermediate',
  module: 2,
  minutes: 6,
  title: {
    nb: 'KI i arbeidsflyten din',
    en: 'AI in your workflow',
  },
  summary: {
    nb: 'Fra tilfeldige forsøk til faste arbeidsprosesser: hvor KI passer inn, referater, e-post og møtereferater, gjenbrukbare prompter og god overlevering – og to fallgruver å styre unna.',
    en: 'From random attempts to steady work processes: where AI fits in, minutes, e-mail and meeting notes, reusable prompts and good handovers — and two pitfalls to steer clear of.',
  },
  cards: [
    {
      id: 'ai-in-your-workflow.c1',
      title: {
        nb: 'Fra enkeltprompt til arbeidsprosess',
        en: 'From a single prompt to a work process',
      },
      body: {
        nb: 'Den store gevinsten kommer når KI blir et fast steg i måten du jobber på, ikke et tilfeldig eksperiment. Velg én oppgave som går igjen hver uke. Skriv ned stegene fra start til slutt: hva kommer inn, hva gjør du, hva går ut, og hvor går tiden? Se så etter steg der KI kan lage et utkast, sortere eller oppsummere. Ofte er det bare ett eller to steg – og det er helt greit.',
        en: 'The big gain comes when AI becomes a fixed step in how you work, not a random experiment. Choose one task that comes up every week. Write down the steps from start to finish: what comes in, what do you do, what goes out, and where does the time go? Then look for steps where AI can draft, sort or summarise. Often it is only one or two steps — and that is perfectly fine.',
      },
    },
    {
      id: 'ai-in-your-workflow.c2',
      title: { nb: 'Utkast, gjennomgang, sending', en: 'Draft, review, send' },
      body: {
        nb: 'Det tryggeste mønsteret er enkelt: **KI lager utkast → et menneske går gjennom → et menneske sender.** Bestem på forhånd hva du sjekker: fakta, tall, navn, tone og at ingenting fortrolig har sneket seg inn. La aldri KI sende noe direkte til kunder, søkere eller samarbeidspartnere uten at noen har lest det. Gjennomgangen er ikke et tegn på mistillit til verktøyet – den er grunnen til at du kan stole på resultatet.',
        en: 'The safest pattern is simple: **AI drafts → a person reviews → a person sends.** Decide in advance what you check: facts, figures, names, tone, and that nothing confidential has slipped in. Never let AI send anything straight to customers, applicants or partners without someone reading it. The review is not a sign of distrust in the tool — it is the reason you can trust the result.',
      },
    },
    {
      id: 'ai-in-your-workflow.c3',
      title: { nb: 'Møtenotater og referater', en: 'Meeting notes and minutes' },
      body: {
        nb: 'Referater er en god start. Gi KI stikkordene dine og be om en fast struktur: beslutninger, oppgaver med ansvarlig og frist, og åpne spørsmål. Sjekk særlig navn, tall og frister – der gjør KI ofte små, men viktige feil. Vil du bruke opptak eller automatisk transkripsjon, må verktøyet være godkjent av bedriften, og deltakerne må vite om det på forhånd. Opptak av personer er personopplysninger, og det følger regler med dem.',
        en: 'Minutes are a good place to start. Give the AI your notes and ask for a fixed structure: decisions, tasks with owner and deadline, and open questions. Check names, figures and deadlines in particular — that is where AI often makes small but important mistakes. If you want to use recordings or automatic transcription, the tool must be approved by your company, and participants must know about it in advance. Recordings of people are personal data, and rules come with that.',
      },
    },
    {
      id: 'ai-in-your-workflow.c4',
      title: {
        nb: 'E-post og møtereferater i flere steg',
        en: 'E-mail and meeting minutes in several steps',
      },
      body: {
        nb: 'Ett team startet med en kort lunsjøkt om KI, og uka etter en praktisk workshop om e-post og møtereferater. Det virket fordi oppgavene var ekte. Mange slike oppgaver løses best som en promptkjede: først sorterer KI henvendelsen, så lager den et svarutkast ut fra deres standardsvar, og til slutt lister den det du må sjekke før du sender. Hvert steg er lite og lett å kontrollere.',
        en: 'One team started with a short lunchtime session on AI, and the week after a hands-on workshop on e-mail and meeting minutes. It worked because the tasks were real. Many such tasks are best solved as a prompt chain: first the AI sorts the enquiry, then it drafts a reply from your standard answers, and finally it lists what you need to check before sending. Each step is small and easy to check.',
      },
      term: {
        word: { nb: 'Promptkjede', en: 'Prompt chaining' },
        definition: {
          nb: 'Å dele en større oppgave i flere prompter, der svaret fra ett steg brukes i det neste – for eksempel sortere, skrive utkast og kontrollere.',
          en: 'Splitting a larger task into several prompts, where the answer from one step is used in the next — for example sorting, drafting and checking.',
        },
      },
    },
    {
      id: 'ai-in-your-workflow.c5',
      title: {
        nb: 'Gjenbrukbare prompter i felles bibliotek',
        en: 'Reusable prompts in the shared library',
      },
      body: {
        nb: 'En prompt som virker i en fast arbeidsprosess, bør ikke bare ligge i din egen chatlogg. Legg den i det felles promptbiblioteket med plassholdere, hvilket verktøy den er laget for, og hvilken dataklasse den tåler. Når du bruker en prompt fra biblioteket, trykk «Jeg brukte denne» og oppgi omtrent hvor mange minutter den sparte. Da ser kollegaene hva som faktisk virker, og dere slipper å lage det samme hver for dere.',
        en: 'A prompt that works in a regular process should not just sit in your own chat history. Put it in the shared prompt library with placeholders, which tool it was made for and which data class it can handle. When you use a prompt from the library, tap “I used this” and give roughly how many minutes it saved. Then your colleagues see what actually works, and you avoid everyone making the same thing separately.',
      },
    },
    {
      id: 'ai-in-your-workflow.c6',
      title: { nb: 'Overlevering: så andre kan ta over', en: 'Handover: so others can take over' },
      body: {
        nb: 'En arbeidsflyt som bare finnes i ditt hode, stopper når du har ferie. Skriv en kort beskrivelse: hvilket verktøy, hvilken prompt fra biblioteket, hva som må sjekkes, og hvor resultatet lagres. Når du leverer fra deg et dokument som KI har hjulpet med, si det til den som tar over, og fortell hva du har kontrollert. Da vet kollegaen hva som er gjennomgått, og hva som fortsatt er et utkast.',
        en: 'A workflow that exists only in your head stops when you go on holiday. Write a short description: which tool, which prompt from the library, what must be checked and where the result is stored. When you hand over a document that AI helped with, tell the person taking over and say what you have checked. Then your colleague knows what has been reviewed and what is still a draft.',
      },
    },
    {
      id: 'ai-in-your-workflow.c7',
      title: { nb: 'Fallgruve: «big bang»', en: 'Pitfall: the “big bang”' },
      body: {
        nb: 'Når alle skal lære alt på én gang, blir resultatet overbelastning. Ti nye KI-rutiner samme måned gir mest stress og lite varig endring. Start heller med én prosess i ett team, gjerne sammen med noen som allerede er nysgjerrige. Når det fungerer og dere kan vise hva det ga, sprer det seg naturlig. Det er lettere å låne en rutine som har virket hos kollegaene, enn å ta i bruk noe som er pålagt ovenfra.',
        en: 'When everyone is supposed to learn everything at once, the result is overload. Ten new AI routines in the same month mostly bring stress and little lasting change. Instead, start with one process in one team, ideally with people who are already curious. When it works and you can show what it brought, it spreads naturally. It is easier to borrow a routine that has worked for colleagues than to adopt something imposed from above.',
      },
    },
    {
      id: 'ai-in-your-workflow.c8',
      title: { nb: 'Fallgruve: opplæring uten praksis', en: 'Pitfall: training without practice' },
      body: {
        nb: 'Teoretiske kurs uten kobling til hverdagen gir liten effekt. Du husker lite av en presentasjon om KI hvis du ikke prøver det på en ekte oppgave samme uke. Derfor slutter hver leksjon i Løft med et «prøv nå»-steg. Det beste er å bruke det du nettopp har lært på noe du uansett skulle gjøre i dag – et referat, et svar til en kunde eller en rapport.',
        en: 'Theoretical courses with no link to everyday work have little effect. You remember little of a presentation about AI if you do not try it on a real task the same week. That is why every lesson in Løft ends with a “try it now” step. The best thing is to use what you have just learned on something you had to do today anyway — minutes, a reply to a customer or a report.',
      },
    },
  ],
  example: {
    department: 'customer-service',
    situation: {
      nb: 'Ahmed jobber i kundeservice hos en nettbutikk for sportsutstyr. Teamet får mange e-poster om forsinkede pakker og returer hver dag, og svarene skrives fra bunnen av hver gang.',
      en: 'Ahmed works in customer service at an online shop for sports equipment. The team gets many e-mails about delayed parcels and returns every day, and the replies are written from scratch each time.',
    },
    weakPrompt: {
      nb: 'Svar på denne kunde-e-posten: [limer inn hele e-posten med kundens navn, adresse og ordrenummer]',
      en: 'Reply to this customer e-mail: [pastes the whole e-mail with the customer’s name, address and order number]',
    },
    strongPrompt: {
      nb: 'Du er kundebehandler i en norsk nettbutikk for sportsutstyr. Steg 1: Plasser henvendelsen under i én kategori: forsinket pakke, retur, feil vare eller annet. Steg 2: Skriv et svarutkast på maks 120 ord i vennlig og rolig tone, basert på standardsvaret for kategorien: [lim inn standardsvar]. Bruk [NAVN] og [ORDRENR] som plassholdere – jeg fyller inn selv. Ikke lov erstatning eller en ny leveringsdato. Steg 3: List hva jeg må sjekke i ordresystemet før jeg sender. Henvendelse uten personopplysninger: [lim inn]',
      en: 'You are a customer service agent at a Norwegian online shop for sports equipment. Step 1: Put the enquiry below into one category: delayed parcel, return, wrong item or other. Step 2: Write a draft reply of at most 120 words in a friendly, calm tone, based on the standard answer for that category: [paste standard answer]. Use [NAME] and [ORDER NO] as placeholders — I will fill them in myself. Do not promise compensation or a new delivery date. Step 3: List what I must check in the order system before I send. Enquiry without personal data: [paste here]',
    },
    whyItWorks: {
      nb: 'Prompten passer inn i en fast prosess: sortere, skrive utkast, sjekke. Den bygger på teamets egne standardsvar, holder personopplysninger ute med plassholdere og hindrer løfter bedriften ikke har gitt. Ahmed sjekker og sender selv, og prompten kan lagres i biblioteket for hele teamet.',
      en: 'The prompt fits into a fixed process: sort, draft, check. It builds on the team’s own standard answers, keeps personal data out with placeholders and prevents promises the company has not made. Ahmed checks and sends himself, and the prompt can be saved in the library for the whole team.',
    },
  },
  quiz: [
    {
      id: 'ai-in-your-workflow.q1',
      question: {
        nb: 'Hvilket mønster passer best for KI-assistert kundekommunikasjon?',
        en: 'Which pattern fits AI-assisted customer communication best?',
      },
      choices: [
        {
          id: 'ai-in-your-workflow.q1.a',
          text: {
            nb: 'KI skriver og sender svaret automatisk for å spare mest tid',
            en: 'The AI writes and sends the reply itself to save the most time',
          },
        },
        {
          id: 'ai-in-your-workflow.q1.b',
          text: {
            nb: 'KI lager et utkast, et menneske sjekker og sender',
            en: 'The AI drafts, a person checks and sends',
          },
        },
        {
          id: 'ai-in-your-workflow.q1.c',
          text: {
            nb: 'Kunden får KI-svaret og sier fra hvis noe er feil',
            en: 'The customer gets the AI reply and says if anything is wrong',
          },
        },
        {
          id: 'ai-in-your-workflow.q1.d',
          text: {
            nb: 'KI svarer først, og en kollega leser svarene i etterkant',
            en: 'The AI replies first, and a colleague reads them afterwards',
          },
        },
      ],
      correct: 'ai-in-your-workflow.q1.b',
      explanation: {
        nb: 'Utkast → gjennomgang → sending gir tidsgevinsten uten å la feil, løfter eller fortrolige opplysninger gå rett ut til kunden.',
        en: 'Draft → review → send gives you the time saving without letting mistakes, promises or confidential details go straight out to the customer.',
      },
    },
    {
      id: 'ai-in-your-workflow.q2',
      question: {
        nb: 'Hva er «big bang»-fallgruven?',
        en: 'What is the “big bang” pitfall?',
      },
      choices: [
        {
          id: 'ai-in-your-workflow.q2.a',
          text: {
            nb: 'At alle skal lære alt på én gang og blir overbelastet',
            en: 'Everyone learns everything at once and gets overloaded',
          },
        },
        {
          id: 'ai-in-your-workflow.q2.b',
          text: {
            nb: 'At man starter med en liten pilotgruppe i ett team',
            en: 'Starting with a small pilot group in one team',
          },
        },
        {
          id: 'ai-in-your-workflow.q2.c',
          text: {
            nb: 'At KI-verktøyet krasjer midt under en presentasjon',
            en: 'The AI tool crashing in the middle of a presentation',
          },
        },
        {
          id: 'ai-in-your-workflow.q2.d',
          text: {
            nb: 'At lisensene blir mye dyrere etter det første året med KI',
            en: 'The licences getting much dearer after the first year of AI',
          },
        },
      ],
      correct: 'ai-in-your-workflow.q2.a',
      explanation: {
        nb: 'For mye på én gang gir stress og lite varig endring. Én prosess i ett team, som så sprer seg, virker bedre.',
        en: 'Too much at once brings stress and little lasting change. One process in one team, which then spreads, works better.',
      },
    },
    {
      id: 'ai-in-your-workflow.q3',
      question: {
        nb: 'Du vil lage referat med KI fra et opptak av et møte. Hva må være på plass?',
        en: 'You want to use AI to write minutes from a recording of a meeting. What must be in place?',
      },
      choices: [
        {
          id: 'ai-in-your-workflow.q3.a',
          text: {
            nb: 'Ingenting – interne møter kan alltid tas opp uten å spørre',
            en: 'Nothing — internal meetings can always be recorded without asking',
          },
        },
        {
          id: 'ai-in-your-workflow.q3.b',
          text: {
            nb: 'At KI sender referatet direkte til alle deltakerne etterpå',
            en: 'That the AI sends the minutes straight to all participants',
          },
        },
        {
          id: 'ai-in-your-workflow.q3.c',
          text: {
            nb: 'Godkjent verktøy, informerte deltakere og din egen sjekk',
            en: 'An approved tool, informed participants and your own check',
          },
        },
        {
          id: 'ai-in-your-workflow.q3.d',
          text: {
            nb: 'At møtet er kort nok til at KI klarer å skrive alt ut',
            en: 'That the meeting is short enough for the AI to transcribe',
          },
        },
      ],
      correct: 'ai-in-your-workflow.q3.c',
      explanation: {
        nb: 'Opptak av personer er personopplysninger, så verktøyet må være godkjent og deltakerne informert. Navn og frister er der KI oftest bommer, så de må sjekkes.',
        en: 'Recordings of people are personal data, so the tool must be approved and participants informed. Names and deadlines are where AI most often slips, so they must be checked.',
      },
    },
    {
      id: 'ai-in-your-workflow.q4',
      question: { nb: 'Hva er en promptkjede?', en: 'What is prompt chaining?' },
      choices: [
        {
          id: 'ai-in-your-workflow.q4.a',
          text: {
            nb: 'En liste over alle prompter som ligger i biblioteket',
            en: 'A list of all the prompts in the library',
          },
        },
        {
          id: 'ai-in-your-workflow.q4.b',
          text: {
            nb: 'Flere prompter etter hverandre, der hvert svar brukes videre',
            en: 'Several prompts in a row, each answer used in the next',
          },
        },
        {
          id: 'ai-in-your-workflow.q4.c',
          text: {
            nb: 'En e-post som KI-verktøyet videresender automatisk til mange mottakere',
            en: 'An e-mail the AI tool forwards automatically to many recipients',
          },
        },
        {
          id: 'ai-in-your-workflow.q4.d',
          text: {
            nb: 'En prompt som flere kollegaer har skrevet sammen',
            en: 'A prompt that several colleagues wrote together',
          },
        },
      ],
      correct: 'ai-in-your-workflow.q4.b',
      explanation: {
        nb: 'I en promptkjede gjør hvert steg én ting – for eksempel sortere, skrive utkast og kontrollere. Små steg er lettere å sjekke enn ett stort svar.',
        en: 'In a prompt chain each step does one thing — for example sort, draft and check. Small steps are easier to check than one big answer.',
      },
    },
  ],
  tryIt: {
    nb: 'Velg én oppgave du gjør hver uke, for eksempel et referat eller svar på en vanlig henvendelse. Skriv ned stegene fra start til slutt, og marker ett steg der KI kan lage et utkast. Prøv det på neste ekte sak, noter hva du måtte rette, og lagre prompten i biblioteket med plassholdere.',
    en: 'Choose one task you do every week, such as minutes or a reply to a common enquiry. Write down the steps from start to finish and mark one step where AI can make a draft. Try it on the next real case, note what you had to correct, and save the prompt in the library with placeholders.',
  },
  review: [
    {
      id: 'ai-in-your-workflow.r1',
      front: {
        nb: 'Hva er det trygge grunnmønsteret for KI i en arbeidsprosess?',
        en: 'What is the safe basic pattern for AI in a work process?',
      },
      back: {
        nb: 'KI lager utkast → et menneske går gjennom → et menneske sender. Bestem på forhånd hva du sjekker.',
        en: 'AI drafts → a person reviews → a person sends. Decide in advance what you check.',
      },
    },
    {
      id: 'ai-in-your-workflow.r2',
      front: {
        nb: 'Hvordan unngår du «big bang» og opplæring uten praksis?',
        en: 'How do you avoid the “big bang” and training without practice?',
      },
      back: {
        nb: 'Start med én prosess i ett team, og øv på ekte oppgaver samme uke. La det som virker spre seg.',
        en: 'Start with one process in one team, and practise on real tasks the same week. Let what works spread.',
      },
    },
    {
      id: 'ai-in-your-workflow.r3',
      front: {
        nb: 'Hva skal med når du overleverer en KI-støttet arbeidsflyt?',
        en: 'What belongs in the handover of an AI-supported workflow?',
      },
      back: {
        nb: 'Verktøy, prompt fra biblioteket, hva som må sjekkes, hvor resultatet ligger – og hva som allerede er kontrollert.',
        en: 'Tool, prompt from the library, what must be checked, where the result is stored — and what has already been checked.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
