import type { Lesson } from '../types'

export default {
  id: 'tools-of-your-trade',
  order: 3,
  competency: 'own-tools',
  level: 'basic',
  module: 1,
  minutes: 7,
  literacy: true,
  title: {
    nb: 'KI-verktøyene i arbeidshverdagen',
    en: 'The AI tools in your working day',
  },
  summary: {
    nb: 'De viktigste typene KI-verktøy på en arbeidsplass, forskjellen på bedriftsversjon og privat versjon, og hvordan du velger det godkjente verktøyet som passer til oppgaven.',
    en: 'The main kinds of AI tools in a workplace, the difference between business and personal versions, and how to pick the approved tool that fits the task.',
  },
  cards: [
    {
      id: 'tools-of-your-trade.c1',
      title: {
        nb: 'Fem typer KI-verktøy',
        en: 'Five kinds of AI tools',
      },
      body: {
        nb: 'På de fleste arbeidsplasser møter du KI i fem former: **KI-assistenter** du chatter med, KI bygget inn i Office eller Google Workspace, verktøy som oppsummerer møter, verktøy som lager presentasjoner, og kodeassistenter for utviklere. Under panseret bygger de ofte på de samme språkmodellene. Forskjellen ligger i hvor de jobber, hvilke data de får se, og hvilke avtaler virksomheten har med leverandøren.',
        en: 'In most workplaces you will meet AI in five forms: **AI assistants** you chat with, AI built into Office or Google Workspace, tools that summarise meetings, tools that build presentations, and coding assistants for developers. Under the bonnet they are often based on the same language models. The difference lies in where they work, which data they get to see and what agreements your organisation has with the supplier.',
      },
      term: {
        word: { nb: 'KI-assistent', en: 'AI assistant' },
        definition: {
          nb: 'Et verktøy der du skriver eller snakker med en språkmodell i en samtale, for eksempel ChatGPT, Claude, Gemini eller Microsoft Copilot. Også kalt chatbot.',
          en: 'A tool where you type or talk to a language model in a conversation, such as ChatGPT, Claude, Gemini or Microsoft Copilot. Also called a chatbot.',
        },
      },
    },
    {
      id: 'tools-of-your-trade.c2',
      title: {
        nb: 'Chat-assistenten: allrounderen',
        en: 'The chat assistant: the all-rounder',
      },
      body: {
        nb: 'En chat-assistent som ChatGPT, Claude, Gemini eller Copilot Chat er det mest allsidige verktøyet. Den kan lage utkast, skrive om, oppsummere tekst du limer inn, foreslå ideer og svare på spørsmål. Ulempen er at den bare vet det du forteller den. Du må gi den bakgrunn, målgruppe og format selv, og du må følge datareglene for alt du limer inn. Passer godt når oppgaven ikke hører hjemme i et bestemt program.',
        en: 'A chat assistant such as ChatGPT, Claude, Gemini or Copilot Chat is the most versatile tool. It can draft, rewrite, summarise text you paste in, suggest ideas and answer questions. The downside is that it only knows what you tell it. You have to give it the background, the audience and the format yourself, and follow the data rules for everything you paste in. It is a good fit when the task does not belong in a particular program.',
      },
    },
    {
      id: 'tools-of-your-trade.c3',
      title: {
        nb: 'KI inne i Office og Google Workspace',
        en: 'AI inside Office and Google Workspace',
      },
      body: {
        nb: 'Microsoft 365 Copilot finnes i Word, Outlook, Excel, PowerPoint og Teams, og Gemini finnes i Gmail, Docs og Sheets. Fordelen er at KI jobber der dokumentene dine allerede er, og kan hente inn filer og e-poster du har tilgang til. Det er også en fallgruve: Er en mappe delt med for mange, kan KI finne og bruke innhold du egentlig ikke skulle sett. Dukker det opp noe sånt, sier du fra til IT.',
        en: 'Microsoft 365 Copilot is available in Word, Outlook, Excel, PowerPoint and Teams, and Gemini in Gmail, Docs and Sheets. The advantage is that the AI works where your documents already are, and can draw on files and e-mails you have access to. That is also a pitfall: if a folder is shared too widely, the AI may find and use content you were never meant to see. If something like that turns up, tell IT.',
      },
    },
    {
      id: 'tools-of-your-trade.c4',
      title: {
        nb: 'Møteoppsummering',
        en: 'Meeting summaries',
      },
      body: {
        nb: 'Mange møteverktøy kan skrive ut det som blir sagt og lage et sammendrag med beslutninger og oppgaver. Det sparer tid på referater. Tre regler: Si fra til alle deltakerne før du starter opptak eller transkribering. Ikke bruk det i møter om personalsaker, helse eller andre røde temaer, med mindre virksomheten har sagt at det er greit. Og les over sammendraget – KI kan blande hvem som sa hva, og overse forbehold som var viktige.',
        en: 'Many meeting tools can transcribe what is said and produce a summary with decisions and actions. That saves time on minutes. Three rules: tell all participants before you start recording or transcribing. Do not use it in meetings about personnel matters, health or other red topics unless your organisation has said it is fine. And read the summary through – AI can mix up who said what and miss caveats that mattered.',
      },
    },
    {
      id: 'tools-of-your-trade.c5',
      title: {
        nb: 'Presentasjoner og kode',
        en: 'Presentations and code',
      },
      body: {
        nb: '**Presentasjonsverktøy** som Copilot i PowerPoint eller Gamma lager et utkast til lysbilder ut fra en tekst eller en disposisjon. Det gir deg en rask start, men du må selv sjekke innholdet, kutte tekst og bruke virksomhetens profil.\n\n**Kodeassistenter** som GitHub Copilot foreslår kode mens utviklere skriver. Mange andre får lignende hjelp med Excel-formler. Også her gjelder samme regel: Forstå og test forslaget før du bruker det.',
        en: '**Presentation tools** such as Copilot in PowerPoint or Gamma turn a text or an outline into draft slides. That gives you a quick start, but you still have to check the content, cut text and apply your organisation’s visual identity.\n\n**Coding assistants** such as GitHub Copilot suggest code as developers type. Many others get similar help with Excel formulas. The same rule applies: understand and test the suggestion before you use it.',
      },
    },
    {
      id: 'tools-of-your-trade.c6',
      title: {
        nb: 'Bedriftsversjon eller privat versjon?',
        en: 'Business version or personal version?',
      },
      body: {
        nb: 'Samme merkenavn kan ha helt ulike regler. En **bedriftsversjon** brukes med jobbkontoen, er dekket av en avtale mellom virksomheten og leverandøren, styres av IT og lover som regel at innholdet ditt ikke brukes til å trene modellene. En **privat eller gratis versjon** er knyttet til din egen konto, og vilkårene kan tillate at det du skriver, brukes til å forbedre tjenesten. Sjekk derfor alltid at du er logget inn med jobbkontoen.',
        en: 'The same brand name can come with completely different rules. A **business version** is used with your work account, is covered by an agreement between your organisation and the supplier, is managed by IT and usually promises that your content is not used to train the models. A **personal or free version** is tied to your own account, and its terms may allow what you type to be used to improve the service. So always check that you are signed in with your work account.',
      },
    },
    {
      id: 'tools-of-your-trade.c7',
      title: {
        nb: 'Få verktøy slår mange',
        en: 'A few tools beat many',
      },
      body: {
        nb: 'Når hver avdeling velger sine egne KI-verktøy, blir det fort kaos: Data havner i siloer, ingen vet hvor personopplysningene ender opp, kollegaer kan ikke hjelpe hverandre, og gode prompter kan ikke deles. Virksomheter som lykkes, velger noen få verktøy som er sentralt godkjent og får god støtte. Det er bedre å bli god i to eller tre verktøy enn å prøve ti. Har du et forslag til et nytt verktøy, tar du det med KI-ambassadøren eller IT.',
        en: 'When every department picks its own AI tools, things quickly get messy: data ends up in silos, nobody knows where personal data goes, colleagues cannot help each other and good prompts cannot be shared. Organisations that succeed choose a few centrally approved tools with proper support. It is better to get good at two or three tools than to dabble in ten. If you have an idea for a new tool, take it to your AI ambassador or IT.',
      },
    },
    {
      id: 'tools-of-your-trade.c8',
      title: {
        nb: 'Velg riktig verktøy for oppgaven',
        en: 'Pick the right tool for the task',
      },
      body: {
        nb: 'Still deg tre spørsmål:\n\n**1. Hvilken dataklasse har materialet?** Grønt, gult eller rødt.\n\n**2. Hvilke godkjente verktøy tåler den klassen?** Det ser du i Løft.\n\n**3. Hvor ligger arbeidet?** Er teksten i Word eller Outlook, bruker du KI-en der. Er det en frittstående skriveoppgave, passer en chat-assistent. Er det et møte, bruker du møteverktøyet.\n\nFinner du ikke et godkjent verktøy som passer, spør du – i stedet for å improvisere.',
        en: 'Ask yourself three questions:\n\n**1. What data class is the material?** Green, yellow or red.\n\n**2. Which approved tools can take that class?** Løft shows you.\n\n**3. Where does the work happen?** If the text is in Word or Outlook, use the AI built in there. For a stand-alone writing task, a chat assistant fits. For a meeting, use the meeting tool.\n\nIf no approved tool fits, ask – rather than improvising.',
      },
    },
  ],
  example: {
    department: 'marketing',
    situation: {
      nb: 'Jonas i markedsavdelingen skal lage en presentasjon om en ny serie varmepumper til et forhandlermøte neste uke. Produktarket er allerede publisert på nettsiden (grønt), og virksomheten har godkjent Copilot i PowerPoint med jobbkontoen.',
      en: 'Jonas in marketing needs a presentation about a new range of heat pumps for a dealer meeting next week. The product sheet is already published on the website (green), and the company has approved Copilot in PowerPoint with the work account.',
    },
    weakPrompt: {
      nb: 'Lag en kul presentasjon om de nye varmepumpene våre. (Skrevet i en gratis app på privatmobilen, sammen med interne innkjøpspriser.)',
      en: 'Make a cool presentation about our new heat pumps. (Typed into a free app on his personal phone, along with internal purchase prices.)',
    },
    strongPrompt: {
      nb: 'Lag et utkast til en presentasjon på seks lysbilder for et møte med forhandlere av varmepumper. Bygg bare på produktarket jeg har lagt ved. Struktur: 1) hva som er nytt i serien, 2–4) de tre viktigste fordelene for sluttkunden, 5) hvilken salgsstøtte forhandleren får, 6) neste steg. Høyst 25 ord per lysbilde, og ingen tall som ikke står i produktarket. Foreslå ett bilde per lysbilde.',
      en: 'Create a draft six-slide presentation for a meeting with heat pump dealers. Base it only on the attached product sheet. Structure: 1) what is new in the range, 2–4) the three main benefits for the end customer, 5) what sales support the dealer gets, 6) next steps. No more than 25 words per slide, and no figures that are not in the product sheet. Suggest one image per slide.',
    },
    whyItWorks: {
      nb: 'Den svake varianten bruker et privat verktøy og sender med interne priser – gule data i feil kanal. Den sterke bruker det godkjente verktøyet der presentasjonen lages, bygger bare på offentlig materiale, gir en tydelig struktur for målgruppen og forbyr oppdiktede tall. Jonas får et utkast han kan pusse på, i stedet for en generisk presentasjon han må skrive om.',
      en: 'The weak version uses a personal tool and sends internal prices along – yellow data through the wrong channel. The strong one uses the approved tool where the presentation is made, relies only on public material, gives a clear structure for the audience and rules out invented figures. Jonas gets a draft he can polish, instead of a generic deck he has to rewrite.',
    },
  },
  quiz: [
    {
      id: 'tools-of-your-trade.q1',
      question: {
        nb: 'Hva er som regel den viktigste forskjellen på en bedriftsversjon og en gratis privat versjon av et KI-verktøy?',
        en: 'What is usually the most important difference between a business version and a free personal version of an AI tool?',
      },
      choices: [
        {
          id: 'tools-of-your-trade.q1.a',
          text: {
            nb: 'Gratisversjonen har alltid en svakere modell',
            en: 'The free version always has a weaker model',
          },
        },
        {
          id: 'tools-of-your-trade.q1.b',
          text: {
            nb: 'Det er ingen forskjell når merkenavnet er det samme',
            en: 'There is no difference when the brand name is the same',
          },
        },
        {
          id: 'tools-of-your-trade.q1.c',
          text: {
            nb: 'Bedriftsversjonen har en avtale som styrer dataene dine',
            en: 'The business version has an agreement that governs your data',
          },
        },
        {
          id: 'tools-of-your-trade.q1.d',
          text: {
            nb: 'Bedriftsversjonen sjekker fakta og gjør derfor ikke feil',
            en: 'The business version checks facts and so makes no mistakes',
          },
        },
      ],
      correct: 'tools-of-your-trade.q1.c',
      explanation: {
        nb: 'Forskjellen handler først og fremst om avtaler og datahåndtering, ikke om hvor god modellen er. Bedriftsversjoner har avtale med virksomheten, styres av IT og bruker som regel ikke innholdet ditt til trening. Begge versjonene kan ta feil.',
        en: 'The difference is first of all about agreements and data handling, not about how good the model is. Business versions have an agreement with the organisation, are managed by IT and usually do not use your content for training. Both versions can be wrong.',
      },
    },
    {
      id: 'tools-of-your-trade.q2',
      question: {
        nb: 'Hvorfor er det lurt at virksomheten godkjenner noen få KI-verktøy i stedet for at alle velger fritt?',
        en: 'Why is it wise for the organisation to approve a few AI tools instead of letting everyone choose freely?',
      },
      choices: [
        {
          id: 'tools-of-your-trade.q2.a',
          text: {
            nb: 'Det gir kontroll over personvernet og prompter alle kan dele',
            en: 'It gives control over privacy and prompts everyone can share',
          },
        },
        {
          id: 'tools-of-your-trade.q2.b',
          text: {
            nb: 'Nye verktøy er som regel dårligere enn dem man har fra før',
            en: 'New tools are usually worse than the ones you already have',
          },
        },
        {
          id: 'tools-of-your-trade.q2.c',
          text: {
            nb: 'Slik kan IT lese alt de ansatte skriver til KI-verktøyene',
            en: 'So that IT can read everything employees write to the AI tools',
          },
        },
        {
          id: 'tools-of-your-trade.q2.d',
          text: {
            nb: 'Færre verktøy betyr at lisensene alltid blir gratis',
            en: 'Fewer tools mean the licences always become free',
          },
        },
      ],
      correct: 'tools-of-your-trade.q2.a',
      explanation: {
        nb: 'Mange ulike verktøy gir datasiloer og usikkerhet om hvor opplysningene havner. Med noen få godkjente verktøy vet alle hvilke regler som gjelder, og kollegaer kan hjelpe hverandre og dele det som virker.',
        en: 'Lots of different tools create data silos and uncertainty about where information ends up. With a few approved tools everyone knows which rules apply, and colleagues can help each other and share what works.',
      },
    },
    {
      id: 'tools-of-your-trade.q3',
      question: {
        nb: 'Copilot i Microsoft 365 foreslår å bruke et lønnsdokument du aldri burde hatt tilgang til. Hva gjør du?',
        en: 'Copilot in Microsoft 365 offers to use a salary document you should never have had access to. What do you do?',
      },
      choices: [
        {
          id: 'tools-of-your-trade.q3.a',
          text: {
            nb: 'Bruker det – når Copilot fant det, har du lov',
            en: 'Use it – if Copilot found it, you are allowed to',
          },
        },
        {
          id: 'tools-of-your-trade.q3.b',
          text: {
            nb: 'Lar være å bruke det og sier fra til IT',
            en: 'Leave it alone and tell IT',
          },
        },
        {
          id: 'tools-of-your-trade.q3.c',
          text: {
            nb: 'Slår av Copilot for godt og bruker et annet verktøy',
            en: 'Switch Copilot off for good and use another tool',
          },
        },
        {
          id: 'tools-of-your-trade.q3.d',
          text: {
            nb: 'Sletter dokumentet, så ingen andre finner det',
            en: 'Delete the document so nobody else finds it',
          },
        },
      ],
      correct: 'tools-of-your-trade.q3.b',
      explanation: {
        nb: 'KI i Office ser det du har tilgang til. Når du ser noe du ikke skulle ha sett, er det tilgangsstyringen som er feil, ikke deg. Si fra, så kan IT rette delingen for alle. Å slette dokumentet kan ødelegge for dem som eier det.',
        en: 'AI in Office sees what you have access to. When you see something you should not have seen, the access control is wrong, not you. Tell IT, so the sharing can be fixed for everyone. Deleting the document could cause trouble for those who own it.',
      },
    },
    {
      id: 'tools-of-your-trade.q4',
      question: {
        nb: 'Du vil bruke KI til å oppsummere et prosjektmøte i Teams. Hva gjør du først?',
        en: 'You want to use AI to summarise a project meeting in Teams. What do you do first?',
      },
      choices: [
        {
          id: 'tools-of-your-trade.q4.a',
          text: {
            nb: 'Starter transkriberingen i det stille, så ingen blir forstyrret',
            en: 'Start the transcription quietly so nobody is disturbed',
          },
        },
        {
          id: 'tools-of-your-trade.q4.b',
          text: {
            nb: 'Spør KI-verktøyet selv om det er lov å ta opp møtet',
            en: 'Ask the AI tool itself whether recording the meeting is allowed',
          },
        },
        {
          id: 'tools-of-your-trade.q4.c',
          text: {
            nb: 'Tar opp møtet på mobilen og laster lydfilen opp i en gratis app',
            en: 'Record the meeting on your phone and upload it to a free app',
          },
        },
        {
          id: 'tools-of-your-trade.q4.d',
          text: {
            nb: 'Sier fra til deltakerne og sjekker at verktøyet er godkjent',
            en: 'Tell the participants and check that the tool is approved',
          },
        },
      ],
      correct: 'tools-of-your-trade.q4.d',
      explanation: {
        nb: 'Deltakerne skal vite at det de sier, blir skrevet ut. Og møteverktøyet må være godkjent for temaet – et prosjektmøte er noe annet enn en personalsak.',
        en: 'Participants need to know that what they say is being transcribed. And the meeting tool must be approved for the topic – a project meeting is not the same as a personnel case.',
      },
    },
  ],
  tryIt: {
    nb: 'Skriv ned tre oppgaver du gjorde i går. For hver av dem: Hvilken dataklasse har materialet, og hvilken type godkjent verktøy passer best – chat-assistent, KI i Office, møteverktøy eller presentasjonsverktøy? Sjekk at du er logget inn med jobbkontoen, og gjør én av oppgavene med det verktøyet i dag.',
    en: 'Write down three tasks you did yesterday. For each one: what data class is the material, and which kind of approved tool fits best – chat assistant, AI in Office, meeting tool or presentation tool? Check that you are signed in with your work account, and do one of the tasks with that tool today.',
  },
  review: [
    {
      id: 'tools-of-your-trade.r1',
      front: {
        nb: 'Hva skiller en bedriftsversjon fra en privat versjon av et KI-verktøy?',
        en: 'What sets a business version of an AI tool apart from a personal one?',
      },
      back: {
        nb: 'Bedriftsversjonen brukes med jobbkontoen, har avtale med virksomheten og bruker som regel ikke innholdet ditt til trening. Den private kan ha helt andre vilkår.',
        en: 'The business version is used with your work account, is covered by an agreement with your organisation and usually does not train on your content. The personal one may have quite different terms.',
      },
    },
    {
      id: 'tools-of-your-trade.r2',
      front: {
        nb: 'Hvilke tre spørsmål avgjør hvilket verktøy du bruker?',
        en: 'Which three questions decide which tool you use?',
      },
      back: {
        nb: 'Hvilken dataklasse har materialet? Hvilke godkjente verktøy tåler den klassen? Hvor ligger arbeidet – i Office, i et møte eller i en frittstående skriveoppgave?',
        en: 'What data class is the material? Which approved tools can take that class? Where does the work happen – in Office, in a meeting or in a stand-alone writing task?',
      },
    },
    {
      id: 'tools-of-your-trade.r3',
      front: {
        nb: 'Hvorfor er få godkjente verktøy bedre enn mange?',
        en: 'Why are a few approved tools better than many?',
      },
      back: {
        nb: 'Mange verktøy gir datasiloer og uklart personvern. Få godkjente verktøy gir trygge rammer, felles læring og prompter alle kan dele.',
        en: 'Many tools create data silos and unclear privacy. A few approved tools give safe ground rules, shared learning and prompts everyone can reuse.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
