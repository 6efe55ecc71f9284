import type { Lesson } from '../types'

export default {
  id: 'quality-and-standards',
  order: 10,
  competency: 'quality-assurance',
  level: 'intermediate',
  module: 3,
  minutes: 6,
  title: {
    nb: 'Kvalitetssikring og felles standarder',
    en: 'Quality assurance and shared standards',
  },
  summary: {
    nb: 'Gjør god kvalitet til det normale: en kort sjekkliste, fire øyne på eksterne dokumenter, typiske feil å se etter, og et promptbibliotek der det som virker blir dokumentert, versjonert og delt.',
    en: 'Make good quality the norm: a short checklist, a second pair of eyes on external documents, typical errors to look for, and a prompt library where what works is documented, versioned and shared.',
  },
  cards: [
    {
      id: 'quality-and-standards.c1',
      title: { nb: 'Hvorfor felles standarder?', en: 'Why shared standards?' },
      body: {
        nb: 'Når hver og en bruker KI på sin måte, blir kvaliteten tilfeldig. Uten kvalitetskontroll blir feil i KI-svar tatt i bruk, og dårlige prompter gir mange runder med omskriving. Felles standarder løser begge deler: alle vet hva som skal sjekkes, og alle kan starte fra prompter som allerede har virket. Målet er ikke mer byråkrati, men at god kvalitet blir det normale – ikke noe som avhenger av hvem som hadde tid den dagen.',
        en: 'When everyone uses AI in their own way, quality becomes a matter of chance. Without quality control, errors in AI answers get used, and poor prompts lead to many rounds of rewriting. Shared standards solve both: everyone knows what to check, and everyone can start from prompts that have already worked. The aim is not more bureaucracy, but making good quality the norm — not something that depends on who had time that day.',
      },
    },
    {
      id: 'quality-and-standards.c2',
      title: { nb: 'En kort sjekkliste for KI-svar', en: 'A short checklist for AI answers' },
      body: {
        nb: 'En sjekkliste virker bare hvis den er kort nok til å bli brukt. Seks punkter holder: **1)** Fakta og tall stemmer med kilden. **2)** Ingen oppdiktede kilder, sitater eller referanser. **3)** Svaret løser oppgaven og passer mottakeren. **4)** Ingen personopplysninger eller fortrolige data. **5)** Ingen skjeve eller ekskluderende formuleringer. **6)** Tone og fagord følger bedriftens språk. Tilpass listen til teksttypen, og legg til punkter når dere oppdager nye feil.',
        en: 'A checklist only works if it is short enough to be used. Six points will do: **1)** Facts and figures match the source. **2)** No invented sources, quotes or references. **3)** The answer solves the task and suits the recipient. **4)** No personal or confidential data. **5)** No biased or excluding wording. **6)** Tone and terms follow the company’s language. Adapt the list to the type of text, and add points when you discover new errors.',
      },
    },
    {
      id: 'quality-and-standards.c3',
      title: { nb: 'Fire øyne på eksterne dokumenter', en: 'Four eyes on external documents' },
      body: {
        nb: 'Alt som går ut av huset – tilbud, kundebrev, pressemeldinger, nettsidetekster og kontrakter – bør leses av én person til før det sendes. Den som leser, bør vite at KI har vært med, og bruke sjekklisten. For interne notater med lav risiko holder det ofte med din egen kontroll. Tilpass kontrollen etter hva som står på spill. Slik holder dere et menneske i løkka der feil koster mest, uten å bremse alt annet.',
        en: 'Everything that leaves the building — offers, customer letters, press releases, web texts and contracts — should be read by one more person before it is sent. The reader should know that AI was involved and use the checklist. For low-risk internal notes your own check is often enough. Match the control to what is at stake. That way you keep a human in the loop where mistakes cost the most, without slowing everything else down.',
      },
      term: {
        word: { nb: 'Menneske i løkka (human-in-the-loop)', en: 'Human in the loop' },
        definition: {
          nb: 'Et prinsipp om at et menneske vurderer, retter og godkjenner det KI har laget før det brukes eller sendes videre, og har ansvaret for resultatet.',
          en: 'The principle that a person assesses, corrects and approves what AI has produced before it is used or passed on, and is responsible for the result.',
        },
      },
    },
    {
      id: 'quality-and-standards.c4',
      title: { nb: 'Typiske feil å se etter', en: 'Typical errors to look for' },
      body: {
        nb: 'Øv deg på å se feilene før de når kunden. Vanlige feil er oppdiktede fakta og kilder, gale tall eller enheter, utdatert informasjon og deler av oppgaven som rett og slett mangler. Vær også på vakt når du ber KI bare «korte ned» eller «gjøre språket bedre»: da kan meningen endre seg uten at du merker det. Og husk at en selvsikker tone ikke sier noe om hvor sikkert svaret er.',
        en: 'Practise spotting errors before they reach the customer. Common errors are invented facts and sources, wrong figures or units, outdated information and parts of the task that are simply missing. Be on guard too when you ask the AI to just “shorten” or “improve the language”: the meaning can change without you noticing. And remember that a confident tone says nothing about how reliable the answer is.',
      },
    },
    {
      id: 'quality-and-standards.c5',
      title: {
        nb: 'Dokumentér beste praksis i biblioteket',
        en: 'Document best practice in the library',
      },
      body: {
        nb: 'En god prompt i promptbiblioteket er mer enn selve teksten. Skriv med: hva den er til, prompten med plassholdere, hvilket verktøy den er testet i, hvilken dataklasse den tåler, et eksempel på et godt svar og hva som alltid må sjekkes. Da kan en kollega bruke den riktig uten å spørre deg. KI-ambassadørene går gjennom og godkjenner prompter før de blir anbefalt for alle.',
        en: 'A good prompt in the prompt library is more than the text itself. Include: what it is for, the prompt with placeholders, which tool it has been tested in, which data class it can handle, an example of a good answer and what must always be checked. Then a colleague can use it correctly without asking you. The AI ambassadors review and approve prompts before they are recommended to everyone.',
      },
    },
    {
      id: 'quality-and-standards.c6',
      title: { nb: 'Versjonér og del det som virker', en: 'Version and share what works' },
      body: {
        nb: 'Prompter blir bedre over tid. Når du forbedrer en prompt, lagre den som en ny versjon med en kort merknad om hva du endret og hvorfor: «La til krav om kildehenvisning – forrige versjon fant på tall.» Da kan andre se historikken og gå tilbake hvis noe ble verre. Prompter som er knyttet til et verktøy bedriften ikke lenger bruker, bør merkes eller fases ut, så ingen bruker dem i blinde.',
        en: 'Prompts improve over time. When you improve a prompt, save it as a new version with a short note on what you changed and why: “Added a demand for source references — the previous version made up numbers.” Then others can see the history and go back if something got worse. Prompts tied to a tool the company no longer uses should be flagged or retired, so nobody uses them blindly.',
      },
    },
    {
      id: 'quality-and-standards.c7',
      title: { nb: 'Lær av det som ikke virket', en: 'Learn from what did not work' },
      body: {
        nb: 'Det som gikk galt, lærer dere ofte mest av. Ga en prompt feil artikkelnumre, eller fant KI på en referanse? Del det med kollegaene, uten å lete etter en syndebukk. Skriv hva som skjedde, hvordan det ble oppdaget, og hva dere endrer: et nytt punkt i sjekklisten, en bedre formulering i prompten eller en advarsel i biblioteket. En kultur der man kan si «dette gikk ikke» er en del av kvalitetssikringen.',
        en: 'You often learn most from what went wrong. Did a prompt produce wrong item numbers, or did the AI invent a reference? Share it with your colleagues, without looking for someone to blame. Write what happened, how it was discovered and what you will change: a new point on the checklist, better wording in the prompt or a warning in the library. A culture where people can say “this did not work” is part of quality assurance.',
      },
    },
    {
      id: 'quality-and-standards.c8',
      title: { nb: 'Kvalitet kan også måles', en: 'Quality can be measured too' },
      body: {
        nb: 'Du trenger ikke store systemer for å følge kvaliteten. Tell hvor mange runder med retting et dokument trenger før det er godt nok, og hvor mange feil fire-øyne-kontrollen finner. Går antallet ned over noen uker, blir promptene og rutinene bedre. Går det opp, er det et signal om å se på prompten, verktøyet eller sjekklisten. Færre omskrivingsrunder er også en av gevinstene dere kan ta med når nytten av KI skal dokumenteres.',
        en: 'You do not need big systems to follow quality. Count how many rounds of correction a document needs before it is good enough, and how many errors the four-eyes check finds. If the numbers fall over a few weeks, your prompts and routines are improving. If they rise, it is a signal to look at the prompt, the tool or the checklist. Fewer rewrite rounds is also one of the gains you can include when documenting the value of AI.',
      },
    },
  ],
  example: {
    department: 'marketing',
    situation: {
      nb: 'Silje jobber med markedsføring hos en møbelprodusent på Sunnmøre. Hun skal lage en nyhetssak til nettsiden om en ny serie kontorstoler med miljøegenskaper, og teksten skal ut i dag.',
      en: 'Silje works in marketing at a furniture maker in Sunnmøre. She needs to write a news item for the website about a new range of office chairs with environmental features, and the text must go out today.',
    },
    weakPrompt: {
      nb: 'Skriv en nyhetssak om de nye miljøvennlige stolene våre.',
      en: 'Write a news item about our new eco-friendly chairs.',
    },
    strongPrompt: {
      nb: 'Du er tekstforfatter for en norsk møbelprodusent. Skriv en nyhetssak på 200–250 ord til nettsiden om en ny serie kontorstoler. Bruk bare fakta fra produktarket under, og ikke finn på sertifiseringer, tall eller sitater. Skriv [SITAT FRA DAGLIG LEDER] der et sitat passer. Unngå vage ord som «miljøvennlig» uten dokumentasjon. Avslutt med en liste over alle påstander i teksten, med henvisning til hvor i produktarket hver påstand står, så jeg kan sjekke dem. Produktark: [lim inn]',
      en: 'You are a copywriter for a Norwegian furniture maker. Write a news item of 200–250 words for the website about a new range of office chairs. Use only facts from the product sheet below, and do not invent certifications, figures or quotes. Write [QUOTE FROM MANAGING DIRECTOR] where a quote fits. Avoid vague words like “eco-friendly” without documentation. End with a list of every claim in the text, with a reference to where in the product sheet each claim appears, so I can check them. Product sheet: [paste here]',
    },
    whyItWorks: {
      nb: 'Prompten låser teksten til en kilde og ber om en liste over påstandene, så sjekklisten blir rask å bruke. Miljøpåstander i markedsføring må kunne dokumenteres, og oppdiktede sertifiseringer kan gi bedriften problemer. En kollega leser saken med fire øyne før den publiseres.',
      en: 'The prompt ties the text to one source and asks for a list of the claims, so the checklist is quick to apply. Environmental claims in marketing must be documentable, and invented certifications can get the company into trouble. A colleague reads the item as a second pair of eyes before it is published.',
    },
  },
  quiz: [
    {
      id: 'quality-and-standards.q1',
      question: {
        nb: 'Hvilke dokumenter bør leses av én person til før de sendes?',
        en: 'Which documents should be read by one more person before they are sent?',
      },
      choices: [
        {
          id: 'quality-and-standards.q1.a',
          text: {
            nb: 'Bare dokumenter som er lengre enn ti sider',
            en: 'Only documents longer than ten pages',
          },
        },
        {
          id: 'quality-and-standards.q1.b',
          text: {
            nb: 'Ingen, hvis prompten er godkjent i biblioteket',
            en: 'None, if the prompt is approved in the library',
          },
        },
        {
          id: 'quality-and-standards.q1.c',
          text: {
            nb: 'Tilbud, kundebrev og andre eksterne dokumenter',
            en: 'Offers, customer letters and other external documents',
          },
        },
        {
          id: 'quality-and-standards.q1.d',
          text: {
            nb: 'Bare interne notater, siden kunder ikke ser dem',
            en: 'Only internal notes, since customers never get to see them',
          },
        },
      ],
      correct: 'quality-and-standards.q1.c',
      explanation: {
        nb: 'Eksterne dokumenter binder bedriften og når kunder og offentligheten. Der koster feil mest, så der trengs fire øyne – også når prompten er god.',
        en: 'External documents bind the company and reach customers and the public. That is where mistakes cost the most, so that is where four eyes are needed — even when the prompt is good.',
      },
    },
    {
      id: 'quality-and-standards.q2',
      question: {
        nb: 'Du har forbedret en prompt fra biblioteket. Hva gjør du?',
        en: 'You have improved a prompt from the library. What do you do?',
      },
      choices: [
        {
          id: 'quality-and-standards.q2.a',
          text: {
            nb: 'Lagrer den som ny versjon med en kort merknad',
            en: 'Save it as a new version with a short note',
          },
        },
        {
          id: 'quality-and-standards.q2.b',
          text: {
            nb: 'Overskriver den gamle uten å si noe, så ingen blir forvirret',
            en: 'Overwrite the old one without a word, so nobody is confused',
          },
        },
        {
          id: 'quality-and-standards.q2.c',
          text: {
            nb: 'Beholder den nye versjonen for deg selv i et eget dokument',
            en: 'Keep the new version to yourself in a document of your own',
          },
        },
        {
          id: 'quality-and-standards.q2.d',
          text: {
            nb: 'Sletter den gamle og legger inn din som en helt ny prompt',
            en: 'Delete the old one and add yours as a brand-new prompt',
          },
        },
      ],
      correct: 'quality-and-standards.q2.a',
      explanation: {
        nb: 'Med versjoner og merknader ser alle hva som er endret og hvorfor, og dere kan gå tilbake hvis den nye versjonen virker dårligere.',
        en: 'With versions and notes everyone can see what changed and why, and you can go back if the new version works worse.',
      },
    },
    {
      id: 'quality-and-standards.q3',
      question: {
        nb: 'En prompt ga feil artikkelnumre i et tilbud. Feilen ble oppdaget før sending. Hva er best?',
        en: 'A prompt produced wrong item numbers in an offer. The error was caught before sending. What is best?',
      },
      choices: [
        {
          id: 'quality-and-standards.q3.a',
          text: {
            nb: 'Slette prompten fra biblioteket og ikke si noe mer om det',
            en: 'Delete the prompt from the library and say nothing more',
          },
        },
        {
          id: 'quality-and-standards.q3.b',
          text: {
            nb: 'Dele hva som skjedde, uten syndebukker, og skjerpe sjekklisten',
            en: 'Share what happened, without blame, and tighten the checklist',
          },
        },
        {
          id: 'quality-and-standards.q3.c',
          text: {
            nb: 'Slutte å bruke KI til tilbud, siden den ikke kan stoles på',
            en: 'Stop using AI for offers, since it cannot be trusted',
          },
        },
        {
          id: 'quality-and-standards.q3.d',
          text: {
            nb: 'Finne ut hvem som brukte prompten, og gi vedkommende en advarsel',
            en: 'Find out who used the prompt, and give that person a written warning',
          },
        },
      ],
      correct: 'quality-and-standards.q3.b',
      explanation: {
        nb: 'Feil som deles, blir til bedre rutiner for alle. Kontrollen virket – legg «sjekk artikkelnumre mot systemet» inn i sjekklisten og promptens merknad, så blir den enda tydeligere for neste person.',
        en: 'Mistakes that are shared become better routines for everyone. The check worked – add “check item numbers against the system” to the checklist and the prompt’s note, so it is even clearer for the next person.',
      },
    },
    {
      id: 'quality-and-standards.q4',
      question: {
        nb: 'Hva betyr «menneske i løkka» (human-in-the-loop)?',
        en: 'What does “human in the loop” mean?',
      },
      choices: [
        {
          id: 'quality-and-standards.q4.a',
          text: {
            nb: 'At et menneske skriver prompten, og svaret brukes direkte',
            en: 'A person writes the prompt, and the answer is used directly',
          },
        },
        {
          id: 'quality-and-standards.q4.b',
          text: {
            nb: 'At KI følger med på hva de ansatte gjør i løpet av dagen',
            en: 'The AI keeps track of what employees do during the day',
          },
        },
        {
          id: 'quality-and-standards.q4.c',
          text: {
            nb: 'At et menneske godkjenner KI-svaret før det brukes',
            en: 'A person approves the AI’s answer before it is used',
          },
        },
        {
          id: 'quality-and-standards.q4.d',
          text: {
            nb: 'At et menneske er til stede når KI-verktøyet installeres',
            en: 'A person is present when the AI tool is installed',
          },
        },
      ],
      correct: 'quality-and-standards.q4.c',
      explanation: {
        nb: 'Å skrive prompten er ikke nok. Et menneske må vurdere resultatet før det brukes, og det er mennesket og bedriften som står ansvarlig.',
        en: 'Writing the prompt is not enough. A person must assess the result before it is used, and it is the person and the company who are responsible.',
      },
    },
  ],
  tryIt: {
    nb: 'Lag din egen sjekkliste på fem eller seks punkter for én type tekst du lager med KI. Bruk den på det neste svaret du får, og noter hvilke punkter som fant noe. Har du en prompt som virker godt, legg den inn i biblioteket med formål, dataklasse og hva som alltid må sjekkes.',
    en: 'Make your own checklist of five or six points for one type of text you produce with AI. Use it on the next answer you get, and note which points caught something. If you have a prompt that works well, add it to the library with its purpose, data class and what must always be checked.',
  },
  review: [
    {
      id: 'quality-and-standards.r1',
      front: {
        nb: 'Hvilke punkter hører hjemme på en kort sjekkliste for KI-svar?',
        en: 'Which points belong on a short checklist for AI answers?',
      },
      back: {
        nb: 'Fakta og tall mot kilden, ingen oppdiktede kilder, løser oppgaven, ingen fortrolige data, ingen skjeve formuleringer, riktig tone.',
        en: 'Facts and figures against the source, no invented sources, solves the task, no confidential data, no biased wording, the right tone.',
      },
    },
    {
      id: 'quality-and-standards.r2',
      front: {
        nb: 'Når trengs fire øyne?',
        en: 'When are four eyes needed?',
      },
      back: {
        nb: 'På alt som går ut av huset: tilbud, kundebrev, pressemeldinger, nettsider og kontrakter. Tilpass kontrollen etter hva som står på spill.',
        en: 'On everything that leaves the building: offers, customer letters, press releases, web pages and contracts. Match the control to what is at stake.',
      },
    },
    {
      id: 'quality-and-standards.r3',
      front: {
        nb: 'Hva skal med når du deler en prompt i biblioteket?',
        en: 'What should be included when you share a prompt in the library?',
      },
      back: {
        nb: 'Formål, plassholdere, verktøy, dataklasse, et eksempel på godt svar, hva som må sjekkes – og en versjonsmerknad når den endres.',
        en: 'Purpose, placeholders, tool, data class, an example of a good answer, what must be checked — and a version note when it changes.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
