import type { Lesson } from '../types'

export default {
  id: 'data-rules',
  order: 1,
  competency: 'data-compliance',
  level: 'basic',
  module: 1,
  minutes: 8,
  compliance: true,
  literacy: true,
  title: {
    nb: 'Dataregler: hva kan du dele med KI?',
    en: 'Data rules: what can you share with AI?',
  },
  summary: {
    nb: 'Grønt, gult og rødt: hvilke opplysninger du kan bruke i hvilke KI-verktøy, hva personvernreglene betyr for deg, hva KI-forordningen krever, og hva du gjør hvis uhellet er ute.',
    en: 'Green, yellow and red: which information may go into which AI tools, what the privacy rules mean for you, what the EU AI Act requires, and what to do if something slips through.',
  },
  cards: [
    {
      id: 'data-rules.c1',
      title: {
        nb: 'Hvorfor vi starter her',
        en: 'Why we start here',
      },
      body: {
        nb: 'KI-verktøy kan spare deg for mye tid. Men alt du skriver i en **prompt**, sendes til en tjeneste som noen andre drifter. Derfor lærer du datareglene før alt annet. Målet er ikke å gjøre deg redd, men trygg: Når du vet hva som er grønt, gult og rødt, kan du bruke KI med god samvittighet – og du vet hva du skal gjøre når du er i tvil.',
        en: 'AI tools can save you a lot of time. But everything you type into a **prompt** is sent to a service that someone else runs. That is why the data rules come before anything else. The aim is not to scare you but to make you confident: once you know what is green, yellow and red, you can use AI with a clear conscience – and you know what to do when you are unsure.',
      },
      term: {
        word: { nb: 'prompt (ledetekst)', en: 'prompt' },
        definition: {
          nb: 'Teksten du gir et KI-verktøy: spørsmålet, oppgaven og bakgrunnen du skriver inn. På norsk kalles det også en ledetekst.',
          en: 'The text you give an AI tool: the question, the task and the background you type in. Sometimes called an instruction.',
        },
      },
    },
    {
      id: 'data-rules.c2',
      title: {
        nb: 'Tre dataklasser: grønn, gul og rød',
        en: 'Three data classes: green, yellow and red',
      },
      body: {
        nb: '**Grønn – offentlig:** Det som allerede er publisert, som tekst fra nettsiden, pressemeldinger og offentlige prislister.\n\n**Gul – intern:** Det som ikke er hemmelig, men som heller ikke skal ut, som interne rutiner, møtenotater uten personopplysninger og utkast til interne planer.\n\n**Rød – personlig eller fortrolig:** Fødselsnummer, helseopplysninger, kundedata, lønn, personalsaker og avtaler med taushetsplikt eller NDA.\n\nEr du i tvil, behandler du opplysningen som rød.',
        en: '**Green – public:** Anything already published, such as text from the website, press releases and public price lists.\n\n**Yellow – internal:** Things that are not secret but should not leave the company either, such as internal procedures, meeting notes without personal data and drafts of internal plans.\n\n**Red – personal or confidential:** National identity numbers, health information, customer data, salaries, personnel cases and contracts under confidentiality or an NDA.\n\nIf in doubt, treat it as red.',
      },
    },
    {
      id: 'data-rules.c3',
      title: {
        nb: 'Hvilket verktøy får hva?',
        en: 'Which tool gets what?',
      },
      body: {
        nb: 'Bruk bare KI-verktøy som virksomheten din har godkjent, og logg inn med jobbkontoen.\n\n**Grønt** kan brukes i alle godkjente verktøy. **Gult** bare i verktøy som er godkjent for interne opplysninger – typisk bedriftsversjoner med avtale om databehandling. **Rødt** skal ikke inn i KI-verktøy, med mindre virksomheten uttrykkelig har godkjent et verktøy for nettopp den typen opplysninger.\n\nLøft viser hvilke verktøy virksomheten din har godkjent for hver dataklasse.',
        en: 'Only use AI tools your organisation has approved, and sign in with your work account.\n\n**Green** may go into any approved tool. **Yellow** only into tools approved for internal information – typically business versions covered by a data processing agreement. **Red** does not go into AI tools unless your organisation has explicitly approved a tool for exactly that kind of information.\n\nLøft shows which tools your organisation has approved for each data class.',
      },
    },
    {
      id: 'data-rules.c4',
      title: {
        nb: 'Hva er en personopplysning?',
        en: 'What counts as personal data?',
      },
      body: {
        nb: 'Etter personvernforordningen (GDPR) er en personopplysning all informasjon som kan knyttes til en person – direkte eller indirekte. Navn, e-post, telefonnummer og fødselsnummer er åpenbare. Men også «den eneste sveiseren på avdelingen i Sandnes som var sykmeldt i mars» peker på én person, selv uten navn. I en bedrift med 80 ansatte skal det lite til. Helseopplysninger hører til de særlige kategoriene som har ekstra strenge regler, og fødselsnummer har egne regler i norsk lov.',
        en: 'Under the General Data Protection Regulation (GDPR), personal data is any information that can be linked to a person – directly or indirectly. Names, e-mail addresses, phone numbers and national identity numbers are obvious. But “the only welder at the Sandnes site who was on sick leave in March” also points to one person, even without a name. In a company of 80 people, it takes very little. Health data is one of the special categories with extra strict rules, and Norwegian law has its own rules for identity numbers.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk gjeldende regler på datatilsynet.no.',
          en: 'Check the current rules at datatilsynet.no.',
        },
      },
    },
    {
      id: 'data-rules.c5',
      title: {
        nb: 'Formål, ansvar og avtaler',
        en: 'Purpose, responsibility and agreements',
      },
      body: {
        nb: '**Formål:** Opplysninger som er samlet inn for én ting, kan ikke uten videre brukes til noe annet. Kundens adresse er der for å levere varen, ikke for å mates inn i et KI-verktøy.\n\n**Behandlingsansvarlig:** Det er arbeidsgiveren, ikke du personlig, som har ansvaret for personopplysningene. Din jobb er å følge reglene virksomheten har satt.\n\n**Databehandleravtale:** Skal en leverandør behandle personopplysninger for virksomheten, må det finnes en slik avtale. Uten den skal personopplysninger ikke sendes dit.',
        en: '**Purpose:** Data collected for one purpose cannot simply be used for another. The customer’s address is there so the goods can be delivered, not to be fed into an AI tool.\n\n**Controller:** Your employer, not you personally, is responsible for the personal data. Your part is to follow the rules your organisation has set.\n\n**Data processing agreement:** If a supplier processes personal data on the organisation’s behalf, such an agreement must be in place. Without it, personal data must not be sent there.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk gjeldende regler på datatilsynet.no.',
          en: 'Check the current rules at datatilsynet.no.',
        },
      },
    },
    {
      id: 'data-rules.c6',
      title: {
        nb: 'KI-forordningen: tiltak for KI-kompetanse',
        en: 'The EU AI Act: measures for AI literacy',
      },
      body: {
        nb: 'Artikkel 4 i EUs KI-forordning (AI Act) sier at virksomheter som tilbyr eller bruker KI-systemer, skal sette i verk tiltak for så langt som mulig å sikre at ansatte – og andre som bruker systemene på virksomhetens vegne – har tilstrekkelig KI-kompetanse. Nivået skal passe til kunnskapen og erfaringen deres og til hva systemene brukes til. I EU har artikkelen gjeldt siden 2. februar 2025. Norge tar forordningen inn gjennom EØS-avtalen og en egen norsk lov, så sjekk hva som gjelder i Norge nå. Leksjonene du fullfører i Løft, dokumenterer tiltak virksomheten har gjort. De beviser ikke at kompetansen er god nok.',
        en: 'Article 4 of the EU AI Act says that organisations that provide or use AI systems must take measures to ensure, to their best extent, a sufficient level of AI literacy among their staff – and other people who deal with the systems on their behalf. The level should fit their knowledge and experience and what the systems are used for. In the EU the article has applied since 2 February 2025. Norway is incorporating the act through the EEA Agreement and a national law of its own, so check what applies in Norway today. The lessons you complete in Løft document measures your organisation has taken. They do not prove that anyone’s literacy is sufficient.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk norsk status på regjeringen.no og datatilsynet.no.',
          en: 'Check the status in Norway at regjeringen.no and datatilsynet.no.',
        },
      },
    },
    {
      id: 'data-rules.c7',
      title: {
        nb: 'Anonymiser før du spør',
        en: 'Anonymise before you ask',
      },
      body: {
        nb: 'Som regel trenger ikke KI å vite hvem det gjelder. Bytt ut navn, e-post, telefonnummer, adresser og ordrenumre med plassholdere som **[NAVN]**, **[KUNDE]** og **[ORDRENR]**. Skriv for eksempel: «Skriv et svar til [KUNDE], som har klaget på at [PRODUKT] kom to uker for sent.» Fjern også detaljer som avslører noen indirekte. Når du har fått svaret, setter du inn de riktige opplysningene selv, i ditt eget dokument.',
        en: 'Most of the time the AI does not need to know who is involved. Replace names, e-mail addresses, phone numbers, addresses and order numbers with placeholders such as **[NAME]**, **[CUSTOMER]** and **[ORDER NO]**. For example: “Write a reply to [CUSTOMER], who has complained that [PRODUCT] arrived two weeks late.” Also remove details that give someone away indirectly. Once you have the answer, fill in the real details yourself, in your own document.',
      },
    },
    {
      id: 'data-rules.c8',
      title: {
        nb: 'Limte du inn noe du ikke skulle?',
        en: 'Pasted something you shouldn’t have?',
      },
      body: {
        nb: 'Det kan skje hvem som helst. Det viktigste er at du ikke skjuler det. Si fra til lederen din og til personvernombudet – eller den som har ansvar for personvern hos dere – med en gang. Fortell hva du limte inn, i hvilket verktøy og når. Å slette samtalen er lurt, men ikke nok. Virksomheten må vurdere om det er et avvik, og noen avvik skal meldes til Datatilsynet innen 72 timer. Derfor teller tiden. Å si fra er å ta ansvar, ikke å tilstå en forbrytelse.',
        en: 'It can happen to anyone. The most important thing is not to hide it. Tell your manager and the data protection officer – or whoever is responsible for privacy where you work – straight away. Say what you pasted, into which tool and when. Deleting the chat is sensible, but not enough. Your organisation has to assess whether it is a personal data breach, and some breaches must be reported to Datatilsynet, the Norwegian Data Protection Authority, within 72 hours. So time matters. Speaking up is taking responsibility, not confessing to a crime.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk gjeldende regler på datatilsynet.no.',
          en: 'Check the current rules at datatilsynet.no.',
        },
      },
    },
  ],
  example: {
    department: 'hr',
    situation: {
      nb: 'Sofie er HR-rådgiver i en produksjonsbedrift med 120 ansatte. En lagermedarbeider er sykmeldt, og hun skal lage en oppfølgingsplan sammen med lederen hans. Hun vil ha hjelp til struktur og gode formuleringer.',
      en: 'Sofie is an HR adviser in a manufacturing company with 120 employees. A warehouse worker is on sick leave, and she is preparing a follow-up plan together with his manager. She wants help with the structure and with wording.',
    },
    weakPrompt: {
      nb: 'Lag en oppfølgingsplan for Per Hansen på lageret, som har vært sykmeldt med prolaps siden 3. mars. Lederen hans er Kari Lund. Han vil gjerne tilbake i 50 % stilling.',
      en: 'Write a follow-up plan for Per Hansen in the warehouse, who has been on sick leave with a slipped disc since 3 March. His manager is Kari Lund. He would like to come back at 50 %.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren HR-rådgiver i en norsk produksjonsbedrift. Lag en mal for en oppfølgingsplan ved sykefravær. Bruk plassholdere som [NAVN], [STILLING], [LEDER] og [DATO]. Planen skal ha disse delene: arbeidsoppgaver som kan gjøres nå, tilrettelegging, tiltak, tidsplan og dato for neste oppfølgingsmøte. Ikke ta med noe om diagnose. Skriv i klart, vennlig språk, på høyst én side.',
      en: 'You are an experienced HR adviser in a Norwegian manufacturing company. Create a template for a sick-leave follow-up plan. Use placeholders such as [NAME], [JOB TITLE], [MANAGER] and [DATE]. The plan should have these parts: tasks that can be done now, adjustments to the workplace, measures, timeline and the date of the next follow-up meeting. Leave out anything about diagnosis. Use plain, friendly language and keep it to one page at most.',
    },
    whyItWorks: {
      nb: 'Den svake prompten inneholder navn og en helseopplysning – rød data som ikke skal inn i et KI-verktøy. Den sterke ber om en mal uten personopplysninger, og gir samtidig rolle, innhold og format. Diagnosen hører uansett ikke hjemme i en oppfølgingsplan. Sofie fyller inn detaljene selv i virksomhetens eget system, og malen kan brukes igjen neste gang.',
      en: 'The weak prompt contains a name and health information – red data that must not go into an AI tool. The strong one asks for a template with no personal data, while also giving a role, the contents and a format. The diagnosis does not belong in a follow-up plan anyway. Sofie fills in the details herself in the company’s own system, and the template can be reused next time.',
    },
  },
  quiz: [
    {
      id: 'data-rules.q1',
      question: {
        nb: 'Hvilken av disse opplysningene er rød?',
        en: 'Which of these is red data?',
      },
      choices: [
        {
          id: 'data-rules.q1.a',
          text: {
            nb: 'Pressemeldingen som ligger ute på nettsiden deres',
            en: 'The press release that is out on your website',
          },
        },
        {
          id: 'data-rules.q1.b',
          text: {
            nb: 'Den interne rutinen for bestilling av kontorrekvisita',
            en: 'The internal procedure for ordering office supplies',
          },
        },
        {
          id: 'data-rules.q1.c',
          text: {
            nb: 'En kundeliste med navn og ordrehistorikk',
            en: 'A customer list with names and order history',
          },
        },
        {
          id: 'data-rules.q1.d',
          text: {
            nb: 'Et generelt spørsmål om hvordan man bygger opp en e-post',
            en: 'A general question about how to structure an e-mail',
          },
        },
      ],
      correct: 'data-rules.q1.c',
      explanation: {
        nb: 'Kundelisten inneholder personopplysninger om kundene, og derfor er den rød. Pressemeldingen er grønn (offentlig), rutinen er gul (intern), og et generelt spørsmål uten opplysninger om noen er grønt.',
        en: 'The customer list contains personal data about your customers, so it is red. The press release is green (public), the procedure is yellow (internal), and a general question with no information about anyone is green.',
      },
    },
    {
      id: 'data-rules.q2',
      question: {
        nb: 'Du vil ha hjelp til å skrive et svar på en klage. Klagen inneholder kundens navn og adresse. Hva gjør du?',
        en: 'You want help writing a reply to a complaint. The complaint includes the customer’s name and address. What do you do?',
      },
      choices: [
        {
          id: 'data-rules.q2.a',
          text: {
            nb: 'Limer den inn i en gratis chatbot på mobilen, der det går raskest',
            en: 'Paste it into a free chatbot on your phone, where it is quickest',
          },
        },
        {
          id: 'data-rules.q2.b',
          text: {
            nb: 'Bytter navn og adresse med [KUNDE] og [ADRESSE] i et godkjent verktøy',
            en: 'Swap the name and address for [CUSTOMER] and [ADDRESS] in an approved tool',
          },
        },
        {
          id: 'data-rules.q2.c',
          text: {
            nb: 'Limer den inn som den er i et godkjent verktøy – det er jo godkjent for bruk',
            en: 'Paste it in as it is into an approved tool – it is approved for use, after all',
          },
        },
        {
          id: 'data-rules.q2.d',
          text: {
            nb: 'Ber en kollega lime den inn, så det ikke havner på din egen konto',
            en: 'Ask a colleague to paste it in, so it does not end up on your own account',
          },
        },
      ],
      correct: 'data-rules.q2.b',
      explanation: {
        nb: 'KI trenger ikke å vite hvem kunden er for å hjelpe deg med svaret. Et godkjent verktøy er ikke automatisk godkjent for røde opplysninger – sjekk hvilken dataklasse verktøyet er godkjent for. Med plassholdere blir prompten trygg, og du setter inn navnet selv etterpå.',
        en: 'The AI does not need to know who the customer is to help with the reply. An approved tool is not automatically approved for red data – check which data class the tool is approved for. With placeholders the prompt is safe, and you put the name back in yourself afterwards.',
      },
    },
    {
      id: 'data-rules.q3',
      question: {
        nb: 'Hva krever artikkel 4 i EUs KI-forordning?',
        en: 'What does Article 4 of the EU AI Act require?',
      },
      choices: [
        {
          id: 'data-rules.q3.a',
          text: {
            nb: 'At alle ansatte må bestå en offentlig KI-eksamen før de får bruke KI på jobben',
            en: 'That every employee must pass an official AI exam before using AI at work',
          },
        },
        {
          id: 'data-rules.q3.b',
          text: {
            nb: 'At bare IT-avdelingen får bruke KI-verktøy, og da bare med tilsyn fra ledelsen',
            en: 'That only the IT department may use AI tools, and then only under management supervision',
          },
        },
        {
          id: 'data-rules.q3.c',
          text: {
            nb: 'At arbeidsgiveren hvert år må dokumentere at hver ansatt har bestått en KI-test',
            en: 'That the employer must document every year that each employee has passed an AI test',
          },
        },
        {
          id: 'data-rules.q3.d',
          text: {
            nb: 'At virksomheten gjør tiltak for så langt som mulig å gi ansatte nok KI-kompetanse',
            en: 'That the organisation takes measures to ensure, to its best extent, enough AI literacy',
          },
        },
      ],
      correct: 'data-rules.q3.d',
      explanation: {
        nb: 'Artikkel 4 krever tiltak: Virksomheter som tilbyr eller bruker KI, skal så langt som mulig sørge for tilstrekkelig KI-kompetanse hos ansatte og andre som bruker systemene på deres vegne, tilpasset rolle og bruk. Artikkelen krever ingen felles eksamen og forbyr ingenting. I EU har den gjeldt siden 2. februar 2025.',
        en: 'Article 4 asks for measures: organisations that provide or use AI must take measures to ensure, to their best extent, a sufficient level of AI literacy among staff and others who deal with the systems on their behalf, matched to role and use. It requires no common exam and bans nothing. In the EU it has applied since 2 February 2025.',
      },
    },
    {
      id: 'data-rules.q4',
      question: {
        nb: 'Du oppdager at du har limt inn en lønnsliste i en chatbot. Hva er riktig å gjøre?',
        en: 'You realise you have pasted a salary list into a chatbot. What is the right thing to do?',
      },
      choices: [
        {
          id: 'data-rules.q4.a',
          text: {
            nb: 'Si fra med en gang til lederen din og den som har personvernansvaret',
            en: 'Tell your manager and whoever is responsible for privacy straight away',
          },
        },
        {
          id: 'data-rules.q4.b',
          text: {
            nb: 'Slette samtalen med en gang og ikke si noe til noen',
            en: 'Delete the chat straight away and say nothing to anyone',
          },
        },
        {
          id: 'data-rules.q4.c',
          text: {
            nb: 'Be chatboten om å glemme alt du skrev i samtalen, og gå videre',
            en: 'Ask the chatbot to forget everything you wrote, and move on',
          },
        },
        {
          id: 'data-rules.q4.d',
          text: {
            nb: 'Vente noen dager og se om det skjer noe, før du eventuelt sier fra til noen',
            en: 'Wait a few days and see whether anything happens before telling anyone',
          },
        },
      ],
      correct: 'data-rules.q4.a',
      explanation: {
        nb: 'Virksomheten må raskt vurdere om det er et avvik, og noen avvik skal meldes til Datatilsynet innen 72 timer. Det klarer den bare hvis du sier fra. Å slette samtalen eller be chatboten glemme fjerner ikke nødvendigvis opplysningene hos leverandøren.',
        en: 'The organisation has to assess quickly whether it is a breach, and some breaches must be reported to Datatilsynet within 72 hours. It can only do that if you speak up. Deleting the chat or asking the chatbot to forget does not necessarily remove the data from the supplier’s systems.',
      },
    },
    {
      id: 'data-rules.q5',
      question: {
        nb: 'Hvem er behandlingsansvarlig for personopplysningene du håndterer på jobben?',
        en: 'Who is the controller of the personal data you handle at work?',
      },
      choices: [
        {
          id: 'data-rules.q5.a',
          text: {
            nb: 'Du personlig, som bruker opplysningene',
            en: 'You personally, as the one using the data',
          },
        },
        {
          id: 'data-rules.q5.b',
          text: {
            nb: 'Leverandøren av KI-verktøyet',
            en: 'The company that supplies the AI tool',
          },
        },
        {
          id: 'data-rules.q5.c',
          text: {
            nb: 'Arbeidsgiveren din, virksomheten',
            en: 'Your employer, the organisation',
          },
        },
        {
          id: 'data-rules.q5.d',
          text: {
            nb: 'Datatilsynet, som fører tilsyn',
            en: 'Datatilsynet, which supervises the rules',
          },
        },
      ],
      correct: 'data-rules.q5.c',
      explanation: {
        nb: 'Virksomheten bestemmer hvorfor og hvordan personopplysningene brukes, og er derfor behandlingsansvarlig. En KI-leverandør er typisk databehandler, og da kreves en databehandleravtale. Datatilsynet fører tilsyn, men er ikke ansvarlig for opplysningene deres.',
        en: 'The organisation decides why and how the personal data is used, so it is the controller. An AI supplier is typically a processor, which requires a data processing agreement. Datatilsynet supervises, but is not responsible for your data.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta en prompt du har brukt nylig, eller en oppgave du vil bruke KI til denne uka. Marker hvert ord og tall som kan peke på en person, en kunde eller en fortrolig avtale. Bytt dem ut med plassholdere som [NAVN] og [KUNDE]. Avgjør så hvilken dataklasse prompten har nå, og sjekk i Løft hvilke verktøy virksomheten har godkjent for den klassen.',
    en: 'Take a prompt you have used recently, or a task you want to use AI for this week. Mark every word and number that could point to a person, a customer or a confidential agreement. Replace them with placeholders such as [NAME] and [CUSTOMER]. Then decide which data class the prompt has now, and check in Løft which tools your organisation has approved for that class.',
  },
  review: [
    {
      id: 'data-rules.r1',
      front: {
        nb: 'Hva er de tre dataklassene?',
        en: 'What are the three data classes?',
      },
      back: {
        nb: 'Grønn er offentlig, gul er intern, rød er personlig eller fortrolig. Er du i tvil, er det rødt.',
        en: 'Green is public, yellow is internal, red is personal or confidential. If in doubt, it is red.',
      },
    },
    {
      id: 'data-rules.r2',
      front: {
        nb: 'Hva må være på plass før personopplysninger kan sendes til en KI-leverandør?',
        en: 'What must be in place before personal data can be sent to an AI supplier?',
      },
      back: {
        nb: 'Verktøyet må være godkjent av virksomheten for akkurat den typen opplysninger, og det må finnes en databehandleravtale. Ellers anonymiserer du først.',
        en: 'The organisation must have approved the tool for exactly that kind of data, and there must be a data processing agreement. Otherwise you anonymise first.',
      },
    },
    {
      id: 'data-rules.r3',
      front: {
        nb: 'Hva gjør du hvis du har limt inn noe du ikke skulle?',
        en: 'What do you do if you have pasted something you shouldn’t have?',
      },
      back: {
        nb: 'Si fra med en gang til lederen din og den som har ansvar for personvern. Ikke skjul det – noen avvik skal meldes til Datatilsynet innen 72 timer.',
        en: 'Tell your manager and whoever is responsible for privacy straight away. Don’t hide it – some breaches must be reported to Datatilsynet within 72 hours.',
      },
    },
    {
      id: 'data-rules.r4',
      front: {
        nb: 'Hvordan anonymiserer du en prompt?',
        en: 'How do you anonymise a prompt?',
      },
      back: {
        nb: 'Bytt ut navn og andre kjennetegn med plassholdere som [NAVN] og [KUNDE], fjern detaljer som avslører noen indirekte, og sett inn de riktige opplysningene selv etterpå.',
        en: 'Replace names and other identifiers with placeholders such as [NAME] and [CUSTOMER], remove details that give someone away indirectly, and put the real details back yourself afterwards.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
