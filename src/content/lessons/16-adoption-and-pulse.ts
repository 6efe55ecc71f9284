import type { Lesson } from '../types'

export default {
  id: 'adoption-and-pulse',
  order: 16,
  competency: 'roi-measurement',
  level: 'expert',
  module: 3,
  minutes: 5,
  title: {
    nb: 'For HR og ambassadører: adopsjon, 30-dagers sjekk og ukentlig puls',
    en: 'For HR and ambassadors: adoption, the 30-day check and the weekly pulse',
  },
  summary: {
    nb: 'Hva dere måler for å se om KI faktisk blir tatt i bruk, hvordan en kort ukentlig pulsmåling og en sjekk hver 30. dag henger sammen, og hvordan dere måler grupper uten å overvåke folk.',
    en: 'What to measure to see whether AI is really being adopted, how a short weekly pulse check and a check every 30 days fit together, and how to measure groups without monitoring people.',
  },
  cards: [
    {
      id: 'adoption-and-pulse.c1',
      title: {
        nb: 'Tre ting å måle',
        en: 'Three things to measure',
      },
      body: {
        nb: '**Forretningsverdi:** Spares det tid, og blir arbeidet bedre? **Adopsjon:** Hvor mange bruker KI jevnlig, og til hvor mange ulike oppgaver? **Kompetanse:** Blir folk bedre, og bruker de det de har lært? Ett tall alene forteller lite. Mange aktive brukere uten spart tid er et varsko, og spart tid i én avdeling sier lite om resten.',
        en: '**Business value:** is time being saved, and is the work getting better? **Adoption:** how many use AI regularly, and for how many different tasks? **Skills:** are people getting better, and do they use what they learned? One figure alone says little. Many active users with no time saved is a warning sign, and time saved in one department says little about the rest.',
      },
    },
    {
      id: 'adoption-and-pulse.c2',
      title: {
        nb: 'Adopsjon: definer før dere teller',
        en: 'Adoption: define before you count',
      },
      body: {
        nb: 'Bestem på forhånd hva som teller. For eksempel: **aktiv bruker** = har brukt et godkjent KI-verktøy i en arbeidsoppgave minst én gang den siste uka. **Bredde** = antall ulike oppgaver eller avdelinger der KI brukes. Følg også hvor mange prompter som deles i biblioteket, og hvor mange nye brukstilfeller som kommer til. Endrer dere definisjonen underveis, kan dere ikke sammenligne før og etter.',
        en: 'Decide beforehand what counts. For example: **active user** = has used an approved AI tool in a work task at least once in the past week. **Breadth** = the number of different tasks or departments where AI is used. Also track how many prompts are shared in the library, and how many new use cases appear. If you change the definition along the way, you cannot compare before and after.',
      },
      term: {
        word: {
          nb: 'adopsjon',
          en: 'adoption',
        },
        definition: {
          nb: 'Hvor mange som faktisk tar i bruk noe nytt, hvor ofte og hvor bredt – ikke hvor mange som har fått tilgang eller gått på kurs.',
          en: 'How many people actually take up something new, how often and how widely – not how many have been given access or attended a course.',
        },
      },
    },
    {
      id: 'adoption-and-pulse.c3',
      title: {
        nb: 'Ukentlig puls: ett minutt',
        en: 'The weekly pulse: one minute',
      },
      body: {
        nb: 'En pulsmåling er to eller tre korte spørsmål hver uke, for eksempel: Brukte du KI i en arbeidsoppgave denne uka? Omtrent hvor mye tid sparte du? Hva hindret deg? Den tar et minutt å svare på, og den fanger opp hindringer mens de fortsatt er små. Tallene er selvrapporterte, så merk dem slik. Og svar på det folk skriver – ellers slutter de å svare.',
        en: 'A pulse check is two or three short questions every week, for example: Did you use AI in a work task this week? Roughly how much time did you save? What held you back? It takes a minute to answer, and it catches obstacles while they are still small. The figures are self-reported, so label them that way. And respond to what people write – or they stop answering.',
      },
    },
    {
      id: 'adoption-and-pulse.c4',
      title: {
        nb: '30-dagers sjekken',
        en: 'The 30-day check',
      },
      body: {
        nb: 'Hver 30. dag ser dere på kjernetallene: aktive brukere, spart tid, nye brukstilfeller og tilfredshet – sammenlignet med nullpunktet fra før dere startet. Sjekken ender i en beslutning: fortsette, justere eller stoppe. Skriv ned hvorfor. De første ukene går ofte med til øving, så vær forsiktig med konklusjoner tidlig; kildeteksten vår anslår 4–6 uker før gevinstene blir tydelige.',
        en: 'Every 30 days you look at the core figures: active users, time saved, new use cases and satisfaction – compared with the baseline from before you started. The check ends in a decision: continue, adjust or stop. Write down why. The first weeks often go on practice, so be careful with early conclusions; our source text estimates 4–6 weeks before the gains become clear.',
      },
    },
    {
      id: 'adoption-and-pulse.c5',
      title: {
        nb: 'Mål grupper, ikke personer',
        en: 'Measure groups, not people',
      },
      body: {
        nb: 'Målingen skal hjelpe virksomheten å ta bedre beslutninger, ikke kontrollere den enkelte. Vis bare tall for grupper, og skjul grupper som er så små at noen kan kjennes igjen – Løft viser ikke grupper under en fast minstestørrelse. Ikke ranger ansatte etter KI-bruk. Skal dere samle inn opplysninger om de ansatte, gjelder personvernreglene, og kontrolltiltak i arbeidsmiljøloven kapittel 9 skal ha saklig grunn og drøftes med de tillitsvalgte.',
        en: 'Measurement should help the organisation make better decisions, not check up on individuals. Show figures for groups only, and hide groups so small that someone could be recognised – Løft does not show groups below a fixed minimum size. Do not rank employees by their AI use. If you collect information about employees, the data protection rules apply, and control measures under chapter 9 of the Working Environment Act must have a legitimate reason and be discussed with employee representatives.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk arbeidsmiljøloven kapittel 9 på lovdata.no og veiledningen på datatilsynet.no.',
          en: 'Check chapter 9 of the Working Environment Act at lovdata.no and the guidance at datatilsynet.no.',
        },
      },
    },
    {
      id: 'adoption-and-pulse.c6',
      title: {
        nb: 'Fra tall til en side',
        en: 'From figures to one page',
      },
      body: {
        nb: 'Månedsrapporten til ledelsen er kort: de viktigste tallene, én konkret historie, neste steg og status for gevinsten. Merk hvert tall som målt, selvrapportert eller modellert, og vis et spenn i stedet for ett tall der dere er usikre. Antall kursdeltakere er bare kontekst. Det som ikke virket, hører med – det er ofte der dere lærer mest.',
        en: 'The monthly report to leadership is short: the key figures, one concrete story, next steps and the status of the benefit. Label each figure measured, self-reported or modelled, and show a range instead of one figure where you are unsure. The number of course participants is context only. What did not work belongs in it – that is often where you learn most.',
      },
    },
  ],
  example: {
    department: 'it',
    situation: {
      nb: 'Heidi er IT-leder i en transportbedrift med 150 ansatte. Etter at bedriften godkjente et KI-verktøy, vil ledelsen vite om det blir brukt. Heidi har tilgang til bruksloggene.',
      en: 'Heidi is head of IT at a transport company with 150 employees. After the company approved an AI tool, leadership wants to know whether it is being used. Heidi has access to the usage logs.',
    },
    weakPrompt: {
      nb: 'Her er bruksloggen fra KI-verktøyet med brukernavn. Lag en liste over de ti som bruker det minst, så lederne deres kan følge dem opp.',
      en: 'Here is the usage log from the AI tool with user names. Make a list of the ten who use it least, so their managers can follow them up.',
    },
    strongPrompt: {
      nb: 'Du er en rådgiver i måling av digital adopsjon. Lag en mal for en månedlig oversikt over KI-bruk per avdeling, uten tall for enkeltpersoner. Definer «aktiv bruker» og «bredde». Ta med: andel aktive brukere per avdeling, antall ulike oppgaver, delte prompter, og selvrapportert spart tid fra den ukentlige pulsmålingen (merket som selvrapportert). Avdelinger med færre enn [MINSTE GRUPPE] personer slås sammen. Avslutt med tre spørsmål til 30-dagers sjekken.',
      en: 'You are an adviser on measuring digital adoption. Create a template for a monthly overview of AI use per department, with no figures for individuals. Define "active user" and "breadth". Include: the share of active users per department, the number of different tasks, shared prompts, and self-reported time saved from the weekly pulse check (labelled self-reported). Departments with fewer than [MINIMUM GROUP] people are merged. Finish with three questions for the 30-day check.',
    },
    whyItWorks: {
      nb: 'Den svake prompten gjør målingen til kontroll av enkeltpersoner og sender brukernavn til KI. Det bryter med tilliten og kan være et kontrolltiltak som krever saklig grunn og drøfting. Den sterke definerer begrepene, holder seg på gruppenivå og merker hvor tallene kommer fra.',
      en: 'The weak prompt turns measurement into checking up on individuals and sends user names to the AI. That breaks trust and may be a control measure that needs a legitimate reason and consultation. The strong one defines the terms, stays at group level and labels where the figures come from.',
    },
  },
  quiz: [
    {
      id: 'adoption-and-pulse.q1',
      question: {
        nb: 'Hvilket tall sier mest om adopsjon?',
        en: 'Which figure says most about adoption?',
      },
      choices: [
        {
          id: 'adoption-and-pulse.q1.a',
          text: {
            nb: 'Andelen som brukte KI i en arbeidsoppgave sist uke',
            en: 'The share who used AI in a work task last week',
          },
        },
        {
          id: 'adoption-and-pulse.q1.b',
          text: {
            nb: 'Antall ansatte som har fått tilgang til KI-verktøyet',
            en: 'The number of employees given access to the tool',
          },
        },
        {
          id: 'adoption-and-pulse.q1.c',
          text: {
            nb: 'Antall deltakere på oppstartsmøtet i januar',
            en: 'The number of people at the kick-off in January',
          },
        },
        {
          id: 'adoption-and-pulse.q1.d',
          text: {
            nb: 'Antall lisenser virksomheten har kjøpt inn i år',
            en: 'The number of licences bought this year',
          },
        },
      ],
      correct: 'adoption-and-pulse.q1.a',
      explanation: {
        nb: 'Adopsjon handler om faktisk bruk. Tilganger, lisenser og deltakere sier hva som er mulig, ikke hva som skjer.',
        en: 'Adoption is about actual use. Access, licences and attendance say what is possible, not what happens.',
      },
    },
    {
      id: 'adoption-and-pulse.q2',
      question: {
        nb: 'Hva er poenget med en ukentlig pulsmåling?',
        en: 'What is the point of a weekly pulse check?',
      },
      choices: [
        {
          id: 'adoption-and-pulse.q2.a',
          text: {
            nb: 'Å kontrollere at hver ansatt bruker KI nok',
            en: 'To check that each employee uses AI enough',
          },
        },
        {
          id: 'adoption-and-pulse.q2.b',
          text: {
            nb: 'Å fange opp hindringer mens de er små',
            en: 'To catch obstacles while they are small',
          },
        },
        {
          id: 'adoption-and-pulse.q2.c',
          text: {
            nb: 'Å erstatte 30-dagers sjekken med noe raskere',
            en: 'To replace the 30-day check with something quicker',
          },
        },
        {
          id: 'adoption-and-pulse.q2.d',
          text: {
            nb: 'Å måle spart tid så presist som mulig',
            en: 'To measure time saved as precisely as possible',
          },
        },
      ],
      correct: 'adoption-and-pulse.q2.b',
      explanation: {
        nb: 'Pulsen er kort og hyppig og viser hva som hindrer bruken. Tallene er selvrapporterte og derfor ikke presise – de utfyller 30-dagers sjekken, de erstatter den ikke.',
        en: 'The pulse is short and frequent and shows what holds people back. The figures are self-reported and so not precise – they complement the 30-day check, they do not replace it.',
      },
    },
    {
      id: 'adoption-and-pulse.q3',
      question: {
        nb: 'Hva bør 30-dagers sjekken ende med?',
        en: 'What should the 30-day check end with?',
      },
      choices: [
        {
          id: 'adoption-and-pulse.q3.a',
          text: {
            nb: 'En rangering av avdelingene etter bruk',
            en: 'A ranking of the departments by use',
          },
        },
        {
          id: 'adoption-and-pulse.q3.b',
          text: {
            nb: 'En ny undersøkelse med flere spørsmål',
            en: 'A new survey with more questions',
          },
        },
        {
          id: 'adoption-and-pulse.q3.c',
          text: {
            nb: 'En beslutning: fortsette, justere eller stoppe',
            en: 'A decision: continue, adjust or stop',
          },
        },
        {
          id: 'adoption-and-pulse.q3.d',
          text: {
            nb: 'En pressemelding om hvor godt det går med KI-satsingen',
            en: 'A press release on how well the AI effort is going',
          },
        },
      ],
      correct: 'adoption-and-pulse.q3.c',
      explanation: {
        nb: 'Sjekken skal gi grunnlag for en beslutning, med en kort begrunnelse. Tall uten beslutning blir bare rapportering.',
        en: 'The check should support a decision, with a short reason. Figures without a decision are just reporting.',
      },
    },
    {
      id: 'adoption-and-pulse.q4',
      question: {
        nb: 'Ledelsen vil se KI-bruken til hver enkelt ansatt. Hva svarer du?',
        en: 'Leadership wants to see each employee’s AI use. What do you say?',
      },
      choices: [
        {
          id: 'adoption-and-pulse.q4.a',
          text: {
            nb: 'At det er greit så lenge bare lederne ser listen',
            en: 'That it is fine as long as only managers see the list',
          },
        },
        {
          id: 'adoption-and-pulse.q4.b',
          text: {
            nb: 'At dere viser grupper, fordi målet er bedre beslutninger',
            en: 'That you show groups, because the aim is better decisions',
          },
        },
        {
          id: 'adoption-and-pulse.q4.c',
          text: {
            nb: 'At tallene blir sendt til hver ansatt i stedet',
            en: 'That the figures will be sent to each employee instead',
          },
        },
        {
          id: 'adoption-and-pulse.q4.d',
          text: {
            nb: 'At dere kan gjøre det hvis navnene byttes med tall',
            en: 'That you can if names are replaced with numbers',
          },
        },
      ],
      correct: 'adoption-and-pulse.q4.b',
      explanation: {
        nb: 'Tall for enkeltpersoner gjør målingen til kontroll, bryter tilliten og kan være et kontrolltiltak etter arbeidsmiljøloven. Å bytte navn med tall hjelper lite når gruppen er liten.',
        en: 'Figures for individuals turn measurement into control, break trust and may be a control measure under the Working Environment Act. Replacing names with numbers helps little when the group is small.',
      },
    },
  ],
  tryIt: {
    nb: 'Skriv de tre spørsmålene dere ville stilt i en ukentlig pulsmåling, og definer «aktiv bruker» for virksomheten deres i én setning. Skriv så hvilke fire tall dere ser på i 30-dagers sjekken, og hvilket nullpunkt hvert tall skal sammenlignes med.',
    en: 'Write the three questions you would ask in a weekly pulse check, and define "active user" for your organisation in one sentence. Then write which four figures you look at in the 30-day check, and which baseline each figure is compared with.',
  },
  review: [
    {
      id: 'adoption-and-pulse.r1',
      front: {
        nb: 'Hvilke tre ting måler dere?',
        en: 'Which three things do you measure?',
      },
      back: {
        nb: 'Forretningsverdi, adopsjon og kompetanse.',
        en: 'Business value, adoption and skills.',
      },
    },
    {
      id: 'adoption-and-pulse.r2',
      front: {
        nb: 'Hva ser dere på hver 30. dag?',
        en: 'What do you look at every 30 days?',
      },
      back: {
        nb: 'Aktive brukere, spart tid, nye brukstilfeller og tilfredshet mot nullpunktet – og dere tar en beslutning.',
        en: 'Active users, time saved, new use cases and satisfaction against the baseline – and you make a decision.',
      },
    },
    {
      id: 'adoption-and-pulse.r3',
      front: {
        nb: 'Hvorfor bare tall for grupper?',
        en: 'Why only figures for groups?',
      },
      back: {
        nb: 'Målingen skal gi bedre beslutninger, ikke kontroll av enkeltpersoner. Små grupper skjules, så ingen kan kjennes igjen.',
        en: 'Measurement is for better decisions, not for checking individuals. Small groups are hidden, so nobody can be recognised.',
      },
    },
  ],
  departments: ['hr', 'management'],
} satisfies Lesson
