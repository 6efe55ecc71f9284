import type { Lesson } from '../types'

export default {
  id: 'ambassador-network',
  order: 17,
  competency: 'ai-strategy',
  level: 'expert',
  module: 3,
  minutes: 5,
  title: {
    nb: 'For HR og ambassadører: drive et ambassadørnettverk',
    en: 'For HR and ambassadors: running an ambassador network',
  },
  summary: {
    nb: 'Hva en KI-ambassadør gjør og ikke gjør, hvordan dere velger ambassadører og gir dem tid, faste rytmer som holder nettverket i live, og hvordan dere unngår at det dør når de første ildsjelene går lei.',
    en: 'What an AI ambassador does and does not do, how to choose ambassadors and give them time, regular rhythms that keep the network alive, and how to stop it dying when the first enthusiasts tire.',
  },
  cards: [
    {
      id: 'ambassador-network.c1',
      title: {
        nb: 'Hva en ambassadør gjør',
        en: 'What an ambassador does',
      },
      body: {
        nb: 'En KI-ambassadør er en kollega som har kommet litt lenger, og som hjelper andre i eget team. Ambassadøren viser hvordan en oppgave kan løses med KI, deler prompter som virker, samler hindringer og spørsmål, og vurderer forsøk som kollegaer sender inn. Ambassadøren er ikke IT-støtte for alt, og ikke en kontrollør. Kildeteksten vår anbefaler å løfte fram egne ambassadører i tillegg til ekstern kompetanse.',
        en: 'An AI ambassador is a colleague who has got a little further and helps others in their own team. The ambassador shows how a task can be done with AI, shares prompts that work, gathers obstacles and questions, and reviews attempts colleagues submit. The ambassador is not IT support for everything, and not an inspector. Our source text recommends raising up your own ambassadors alongside outside expertise.',
      },
    },
    {
      id: 'ambassador-network.c2',
      title: {
        nb: 'Velg frivillige, og gi dem tid',
        en: 'Choose volunteers, and give them time',
      },
      body: {
        nb: 'De beste ambassadørene er nysgjerrige, tålmodige og respektert i teamet sitt – ikke nødvendigvis de mest tekniske. Spør etter frivillige, gjerne én per avdeling eller skift. Sett av tid i arbeidsplanen, for eksempel en time eller to i uka, og få lederen til å si tydelig at dette er en del av jobben. Uten avsatt tid blir rollen ekstraarbeid som dør ut.',
        en: 'The best ambassadors are curious, patient and respected in their team – not necessarily the most technical. Ask for volunteers, ideally one per department or shift. Set aside time in the work plan, for example an hour or two a week, and have the manager say clearly that this is part of the job. Without time set aside, the role becomes extra work that fades away.',
      },
    },
    {
      id: 'ambassador-network.c3',
      title: {
        nb: 'Faste rytmer',
        en: 'Regular rhythms',
      },
      body: {
        nb: 'Et nettverk lever av faste, korte møtepunkter: **ukentlig** et kvarter i teamet der noen viser noe de har prøvd; **månedlig** et nettverksmøte for ambassadørene på tvers av avdelingene; og en felles kanal for spørsmål. Ta med hindringene fra pulsmålingen inn i nettverksmøtet, og gi svar tilbake til dem som meldte dem. Vis hva som har skjedd: «Dere sa X – nå har vi gjort Y.»',
        en: 'A network lives on regular, short touchpoints: **weekly**, a quarter of an hour in the team where someone shows something they have tried; **monthly**, a network meeting for the ambassadors across departments; and a shared channel for questions. Bring the obstacles from the pulse check into the network meeting, and give answers back to those who raised them. Show what has happened: "You said X – now we have done Y."',
      },
    },
    {
      id: 'ambassador-network.c4',
      title: {
        nb: 'Ambassadørene og promptbiblioteket',
        en: 'The ambassadors and the prompt library',
      },
      body: {
        nb: 'Ambassadørene holder promptbiblioteket i god stand: De vurderer prompter som kollegaer deler, retter det som er uklart, setter riktig dataklasse, lagrer forbedringer som nye versjoner med en merknad, og faser ut prompter som hører til verktøy dere ikke bruker lenger. Et lite bibliotek som stemmer, er mer verdt enn et stort som ingen stoler på.',
        en: 'The ambassadors keep the prompt library in good order: they review prompts colleagues share, fix what is unclear, set the right data class, save improvements as new versions with a note, and retire prompts that belong to tools you no longer use. A small library that is right is worth more than a big one nobody trusts.',
      },
    },
    {
      id: 'ambassador-network.c5',
      title: {
        nb: 'Det ambassadører ikke gjør',
        en: 'What ambassadors do not do',
      },
      body: {
        nb: 'Ambassadører ser bare det kollegaer selv velger å dele med dem. De rangerer ikke kollegaer, de rapporterer ikke enkeltpersoners bruk til HR eller lederen, og de leser ikke andres prompter uten lov. Oppdager en ambassadør at noen har limt inn personopplysninger i et verktøy som ikke er godkjent for det, hjelper ambassadøren kollegaen å si fra – det er ikke ambassadøren som skal melde saken.',
        en: 'Ambassadors see only what colleagues choose to share with them. They do not rank colleagues, they do not report individuals’ use to HR or the manager, and they do not read other people’s prompts without permission. If an ambassador finds that someone has pasted personal data into a tool not approved for it, the ambassador helps the colleague speak up – it is not the ambassador who reports the case.',
      },
    },
    {
      id: 'ambassador-network.c6',
      title: {
        nb: 'Hold nettverket i live',
        en: 'Keep the network alive',
      },
      body: {
        nb: 'Nettverk dør når ildsjelene slutter eller går lei. Planlegg derfor fra start: Hver ambassadør har en makker som kan ta over. Roller kan gå på omgang, for eksempel hvert halvår. Nye ambassadører får en kort introduksjon og biblioteket som oppslagsverk. HR eller en leder eier nettverket og følger det opp i 30-dagers sjekken: Hvor mange er aktive, hva har de hjulpet med, og hva trenger de?',
        en: 'Networks die when the enthusiasts leave or tire. So plan from the start: each ambassador has a buddy who can take over. Roles can rotate, for example every six months. New ambassadors get a short introduction and the library as a reference. HR or a manager owns the network and follows it up in the 30-day check: how many are active, what have they helped with, and what do they need?',
      },
    },
  ],
  example: {
    department: 'purchasing',
    situation: {
      nb: 'Vegard er innkjøper og KI-ambassadør i en produksjonsbedrift med 200 ansatte. Han skal lede det første månedlige møtet for de sju ambassadørene og vil ha en god agenda.',
      en: 'Vegard is a purchaser and AI ambassador at a manufacturing company with 200 employees. He is to lead the first monthly meeting of the seven ambassadors and wants a good agenda.',
    },
    weakPrompt: {
      nb: 'Lag en agenda for ambassadørmøtet. Ta med en gjennomgang av hvem i hver avdeling som ikke bruker KI ennå.',
      en: 'Make an agenda for the ambassador meeting. Include a review of who in each department is not using AI yet.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren fasilitator. Lag en agenda på 45 minutter for det første månedlige møtet i et nettverk av sju KI-ambassadører fra produksjon, innkjøp, salg og økonomi. Ta med: en runde der hver deler én ting som virket og én hindring, hindringene fra pulsmålingen (samlet, uten navn), to prompter som bør inn i biblioteket, og hvem som tar hvilke oppfølgingspunkter (rolle og frist). Avslutt med hvordan vi gir svar tilbake til kollegaene.',
      en: 'You are an experienced facilitator. Make a 45-minute agenda for the first monthly meeting of a network of seven AI ambassadors from production, purchasing, sales and finance. Include: a round where each shares one thing that worked and one obstacle, the obstacles from the pulse check (aggregated, without names), two prompts that should go into the library, and who takes which follow-up points (role and deadline). Finish with how we give answers back to colleagues.',
    },
    whyItWorks: {
      nb: 'Den svake prompten gjør ambassadørene til kontrollører av kollegaer – det ødelegger tilliten som nettverket lever av. Den sterke bygger møtet rundt deling, hindringer på gruppenivå, biblioteket og tydelig oppfølging, og den sørger for at kollegaene får svar.',
      en: 'The weak prompt turns the ambassadors into inspectors of their colleagues – which destroys the trust the network lives on. The strong one builds the meeting around sharing, obstacles at group level, the library and clear follow-up, and makes sure colleagues get answers.',
    },
  },
  quiz: [
    {
      id: 'ambassador-network.q1',
      question: {
        nb: 'Hva trenger en ambassadør mest for å lykkes over tid?',
        en: 'What does an ambassador need most to succeed over time?',
      },
      choices: [
        {
          id: 'ambassador-network.q1.a',
          text: {
            nb: 'Avsatt tid og et tydelig mandat fra lederen',
            en: 'Time set aside and a clear mandate from the manager',
          },
        },
        {
          id: 'ambassador-network.q1.b',
          text: {
            nb: 'Tilgang til alt kollegaene skriver til KI',
            en: 'Access to everything colleagues write to the AI',
          },
        },
        {
          id: 'ambassador-network.q1.c',
          text: {
            nb: 'En egen, dyrere lisens på det beste verktøyet',
            en: 'Their own, more expensive licence for the best tool',
          },
        },
        {
          id: 'ambassador-network.q1.d',
          text: {
            nb: 'En plass i ledergruppen med stemmerett',
            en: 'A seat in the leadership group with a vote',
          },
        },
      ],
      correct: 'ambassador-network.q1.a',
      explanation: {
        nb: 'Uten tid blir rollen ekstraarbeid som dør ut, og uten mandat blir den uklar. Innsyn i kollegaers prompter hører ikke til rollen.',
        en: 'Without time the role becomes extra work that fades, and without a mandate it becomes unclear. Access to colleagues’ prompts is not part of the role.',
      },
    },
    {
      id: 'ambassador-network.q2',
      question: {
        nb: 'Hvilken oppgave hører ikke til en ambassadør?',
        en: 'Which task does not belong to an ambassador?',
      },
      choices: [
        {
          id: 'ambassador-network.q2.a',
          text: {
            nb: 'Å vise kollegaer hvordan en oppgave løses med KI',
            en: 'Showing colleagues how a task is done with AI',
          },
        },
        {
          id: 'ambassador-network.q2.b',
          text: {
            nb: 'Å melde fra til HR om hvem som bruker KI lite',
            en: 'Telling HR who uses AI little',
          },
        },
        {
          id: 'ambassador-network.q2.c',
          text: {
            nb: 'Å vurdere prompter som kollegaer deler',
            en: 'Reviewing prompts colleagues share',
          },
        },
        {
          id: 'ambassador-network.q2.d',
          text: {
            nb: 'Å samle hindringer og ta dem med i nettverket',
            en: 'Gathering obstacles and taking them to the network',
          },
        },
      ],
      correct: 'ambassador-network.q2.b',
      explanation: {
        nb: 'Ambassadører hjelper og deler; de rapporterer ikke enkeltpersoners bruk. Det ville gjort dem til kontrollører og ødelagt tilliten.',
        en: 'Ambassadors help and share; they do not report individuals’ use. That would make them inspectors and destroy trust.',
      },
    },
    {
      id: 'ambassador-network.q3',
      question: {
        nb: 'Hvordan hindrer dere at nettverket dør når ildsjelene går lei?',
        en: 'How do you stop the network dying when the enthusiasts tire?',
      },
      choices: [
        {
          id: 'ambassador-network.q3.a',
          text: {
            nb: 'Ved å rekruttere mange nye ambassadører hver måned',
            en: 'By recruiting many new ambassadors every month',
          },
        },
        {
          id: 'ambassador-network.q3.b',
          text: {
            nb: 'Ved å la nettverket klare seg selv uten eier',
            en: 'By letting the network run itself without an owner',
          },
        },
        {
          id: 'ambassador-network.q3.c',
          text: {
            nb: 'Med makkere, rotasjon og en eier som følger opp',
            en: 'With buddies, rotation and an owner who follows up',
          },
        },
        {
          id: 'ambassador-network.q3.d',
          text: {
            nb: 'Ved å gjøre ambassadørrollen obligatorisk for alle',
            en: 'By making the ambassador role compulsory for all',
          },
        },
      ],
      correct: 'ambassador-network.q3.c',
      explanation: {
        nb: 'En makker kan ta over, roller kan gå på omgang, og en eier følger nettverket opp i 30-dagers sjekken. Tvang og masserekruttering gir ikke engasjement.',
        en: 'A buddy can take over, roles can rotate, and an owner follows the network up in the 30-day check. Compulsion and mass recruitment do not create commitment.',
      },
    },
    {
      id: 'ambassador-network.q4',
      question: {
        nb: 'En kollega forteller ambassadøren at hun limte inn en lønnsliste i en gratis chatbot. Hva gjør ambassadøren?',
        en: 'A colleague tells the ambassador she pasted a payroll list into a free chatbot. What does the ambassador do?',
      },
      choices: [
        {
          id: 'ambassador-network.q4.a',
          text: {
            nb: 'Melder saken til HR selv, uten å si det til henne',
            en: 'Reports it to HR personally, without telling her',
          },
        },
        {
          id: 'ambassador-network.q4.b',
          text: {
            nb: 'Hjelper henne å si fra til leder og personvernansvarlig nå',
            en: 'Helps her tell her manager and the privacy lead now',
          },
        },
        {
          id: 'ambassador-network.q4.c',
          text: {
            nb: 'Ber henne slette samtalen og glemme hele saken',
            en: 'Asks her to delete the chat and forget about it',
          },
        },
        {
          id: 'ambassador-network.q4.d',
          text: {
            nb: 'Skriver det i nettverkskanalen, så andre lærer',
            en: 'Posts it in the network channel, so others learn',
          },
        },
      ],
      correct: 'ambassador-network.q4.b',
      explanation: {
        nb: 'Det viktigste er å si fra raskt, fordi noen avvik skal meldes til Datatilsynet innen 72 timer. Ambassadøren hjelper kollegaen å gjøre det selv – å melde bak ryggen hennes eller dele saken åpent bryter tilliten.',
        en: 'The key is to speak up quickly, because some breaches must be reported to Datatilsynet within 72 hours. The ambassador helps the colleague do it herself – reporting behind her back or sharing the case openly breaks trust.',
      },
    },
  ],
  tryIt: {
    nb: 'Skriv en «rollebeskrivelse» for en KI-ambassadør i virksomheten deres på høyst ti linjer: hva rollen gjør, hva den ikke gjør, hvor mye tid den har, hvem den rapporterer til, og hvem som tar over hvis ambassadøren slutter. Vis den til en leder og en mulig ambassadør.',
    en: 'Write a "role description" for an AI ambassador in your organisation in ten lines at most: what the role does, what it does not do, how much time it has, whom it reports to, and who takes over if the ambassador leaves. Show it to a manager and a possible ambassador.',
  },
  review: [
    {
      id: 'ambassador-network.r1',
      front: {
        nb: 'Hva gjør en KI-ambassadør?',
        en: 'What does an AI ambassador do?',
      },
      back: {
        nb: 'Viser hvordan oppgaver løses med KI, deler prompter, samler hindringer og vurderer forsøk kollegaer sender inn.',
        en: 'Shows how tasks are done with AI, shares prompts, gathers obstacles and reviews attempts colleagues submit.',
      },
    },
    {
      id: 'ambassador-network.r2',
      front: {
        nb: 'Hva gjør ikke en ambassadør?',
        en: 'What does an ambassador not do?',
      },
      back: {
        nb: 'Rangerer ikke kollegaer, rapporterer ikke enkeltpersoners bruk, og leser ikke andres prompter uten lov.',
        en: 'Does not rank colleagues, does not report individuals’ use, and does not read other people’s prompts without permission.',
      },
    },
    {
      id: 'ambassador-network.r3',
      front: {
        nb: 'Hvilke rytmer holder nettverket i live?',
        en: 'Which rhythms keep the network alive?',
      },
      back: {
        nb: 'Et ukentlig kvarter i teamet, et månedlig nettverksmøte, en felles kanal – og svar tilbake på hindringene folk melder.',
        en: 'A weekly quarter of an hour in the team, a monthly network meeting, a shared channel – and answers back on the obstacles people raise.',
      },
    },
  ],
  departments: ['hr', 'management'],
} satisfies Lesson
