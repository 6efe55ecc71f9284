import type { Lesson } from '../types'

export default {
  id: 'mapping-and-skills',
  order: 14,
  competency: 'ai-strategy',
  level: 'expert',
  module: 3,
  minutes: 5,
  title: {
    nb: 'For HR: kartlegging, gapanalyse og ferdighetsmatrise',
    en: 'For HR: mapping, gap analysis and a skills matrix',
  },
  summary: {
    nb: 'Før dere kjøper kurs: finn ut hvem som bruker hva, hva rollene trenger og hvor gapet er størst – uten å overvåke noen – og samle det i en ferdighetsmatrise.',
    en: 'Before you buy courses: find out who uses what, what the roles need and where the gap is widest – without monitoring anyone – and gather it in a skills matrix.',
  },
  cards: [
    {
      id: 'mapping-and-skills.c1',
      title: {
        nb: 'Kartlegg før du kjøper kurs',
        en: 'Map before you buy courses',
      },
      body: {
        nb: 'Et program som ikke bygger på hva folk faktisk gjør, treffer sjelden. Start derfor med en kartlegging. Fire spørsmål holder langt: **Hvem bruker hvilke KI-verktøy i dag? Hvilke oppgaver bruker de dem til? Hvordan vurderer de egne ferdigheter? Hva er de største tidstyvene i arbeidsdagen?** Spør også avdelingene hvor KI kan gjøre en forskjell, og hva som stopper dem – teknikk, regler eller tid. Kildeteksten vår setter av de to første ukene til dette.',
        en: 'A programme that is not built on what people actually do rarely hits the mark. So start by mapping. Four questions go a long way: **Who uses which AI tools today? What tasks do they use them for? How do they rate their own skills? What are the biggest time thieves in their working day?** Also ask each department where AI could make a difference, and what is stopping them – technology, rules or time. Our source text sets aside the first two weeks for this.',
      },
    },
    {
      id: 'mapping-and-skills.c2',
      title: {
        nb: 'Kartlegg uten å overvåke',
        en: 'Map without monitoring',
      },
      body: {
        nb: 'En kartlegging handler om grupper, ikke om enkeltpersoner. Bruk en kort, anonym undersøkelse, og rapporter bare samlede tall. Slå sammen eller skjul grupper som er så små at noen kan kjennes igjen. Fortell på forhånd hva dere spør om, hvorfor, og hvem som ser svarene. Samler dere inn personopplysninger, gjelder personvernreglene (GDPR): dere trenger et klart formål, og de ansatte skal få informasjon. Spør personvernombudet eller den som har ansvaret, før dere sender ut noe.',
        en: 'Mapping is about groups, not individuals. Use a short, anonymous survey, and report totals only. Merge or hide groups so small that someone could be recognised. Say beforehand what you ask, why, and who sees the answers. If you collect personal data, the data protection rules (GDPR) apply: you need a clear purpose, and employees must be informed. Ask your data protection officer, or whoever is responsible, before you send anything out.',
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
      id: 'mapping-and-skills.c3',
      title: {
        nb: 'Gapanalysen',
        en: 'The gap analysis',
      },
      body: {
        nb: 'Et gap er forskjellen mellom det en rolle trenger og det folk kan i dag. Sett først målnivået for hver rolle: En selger trenger kanskje gode prompter og kritisk vurdering, mens en controller også trenger å kunne sjekke tall og kilder. Sammenlign så med dagens nivå. Prioriter gapene som gjelder oppgaver folk gjør ofte – det er der tiden spares. Datareglene er et gap som alle må lukke først, uansett rolle.',
        en: 'A gap is the difference between what a role needs and what people can do today. First set the target level for each role: a salesperson may need good prompts and a critical eye, while a controller also needs to check figures and sources. Then compare with today’s level. Prioritise the gaps that concern tasks people do often – that is where time is saved. The data rules are a gap everyone must close first, whatever their role.',
      },
      term: {
        word: {
          nb: 'gapanalyse',
          en: 'gap analysis',
        },
        definition: {
          nb: 'En sammenligning av hvilken kompetanse en rolle trenger, og hvilken kompetanse folk i rollen har i dag. Resultatet viser hva opplæringen bør prioritere.',
          en: 'A comparison of the skills a role needs with the skills people in that role have today. The result shows what training should prioritise.',
        },
      },
    },
    {
      id: 'mapping-and-skills.c4',
      title: {
        nb: 'Ferdighetsmatrisen',
        en: 'The skills matrix',
      },
      body: {
        nb: 'Samle innsikten i en ferdighetsmatrise. **Radene** er roller, **kolonnene** er kompetanser – for eksempel de elleve i Løft, fra dataregler og enkle prompter til ROI og juss. I hver rute står målnivået og dagens nivå for gruppen, på en skala fra 1 (ny) til 4 (kan lære bort). Der forskjellen er størst, starter dere. Matrisen viser grupper; den er ikke et karakterkort for enkeltpersoner.',
        en: 'Gather what you learned in a skills matrix. **The rows** are roles, **the columns** are competencies – for example the eleven in Løft, from data rules and simple prompts to ROI and law. Each cell holds the target level and today’s level for the group, on a scale from 1 (new) to 4 (can teach others). Where the difference is largest, you start. The matrix shows groups; it is not a report card for individuals.',
      },
    },
    {
      id: 'mapping-and-skills.c5',
      title: {
        nb: 'Egenvurdering er ikke nok',
        en: 'Self-assessment is not enough',
      },
      body: {
        nb: 'Folk bommer ofte på egne ferdigheter, i begge retninger: Noen tror de kan mer enn de gjør, andre undervurderer seg. Kombiner derfor egenvurderingen med små prøveoppgaver fra hverdagen – skriv en prompt for en vanlig oppgave, eller finn feilene i et KI-svar. Da ser dere hva folk faktisk gjør. Merk alltid hvilke tall som er selvrapportert, og hvilke som er målt.',
        en: 'People often misjudge their own skills, in both directions: some think they know more than they do, others underrate themselves. So combine self-assessment with small test tasks from everyday work – write a prompt for a common task, or find the errors in an AI answer. Then you see what people actually do. Always label which figures are self-reported and which are measured.',
      },
    },
    {
      id: 'mapping-and-skills.c6',
      title: {
        nb: 'Fra matrise til plan',
        en: 'From matrix to plan',
      },
      body: {
        nb: 'Velg to eller tre gap per rolle, knyttet til oppgaver folk gjør hver uke. Skriv for hvert gap: hvilken oppgave, hvilken kompetanse, og hvordan dere ser at gapet blir mindre. Del resultatet med avdelingene – gjerne med en kort forklaring av hvorfor dere startet der. Gjenta kartleggingen etter noen måneder, med de samme spørsmålene, så dere kan sammenligne.',
        en: 'Choose two or three gaps per role, tied to tasks people do every week. For each gap, write down: which task, which competency, and how you will see the gap narrowing. Share the result with the departments – ideally with a short explanation of why you started there. Repeat the mapping after a few months, with the same questions, so you can compare.',
      },
    },
  ],
  example: {
    department: 'finance',
    situation: {
      nb: 'Linn er HR-rådgiver i en grossistbedrift med 90 ansatte. Økonomiavdelingen på åtte personer har bedt om KI-opplæring, og Linn vil lage en ferdighetsmatrise for dem før hun planlegger noe. Hun har svarene fra en anonym undersøkelse.',
      en: 'Linn is an HR adviser at a wholesale company with 90 employees. The finance department of eight people has asked for AI training, and Linn wants to build a skills matrix for them before planning anything. She has the answers from an anonymous survey.',
    },
    weakPrompt: {
      nb: 'Her er svarene fra undersøkelsen med navn på hvem som svarte hva. Lag en oversikt over hvem i økonomi som er dårligst på KI.',
      en: 'Here are the survey answers with the names of who answered what. Make an overview of who in finance is worst at AI.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren HR-rådgiver. Lag en ferdighetsmatrise for en økonomiavdeling med rollene regnskapsmedarbeider, lønnsansvarlig og controller. Kolonnene er kompetansene [LIM INN LISTEN]. For hver rolle: foreslå et målnivå fra 1 til 4 med én setning om hvorfor. Jeg fyller inn dagens nivå selv fra de samlede svarene. Foreslå til slutt de tre gapene vi bør starte med, knyttet til oppgaver som månedsavslutning og fakturabehandling.',
      en: 'You are an experienced HR adviser. Build a skills matrix for a finance department with the roles accounts assistant, payroll officer and controller. The columns are the competencies [PASTE THE LIST]. For each role, suggest a target level from 1 to 4 with one sentence on why. I will fill in today’s level myself from the aggregated answers. Finally, suggest the three gaps we should start with, tied to tasks such as month-end closing and invoice processing.',
    },
    whyItWorks: {
      nb: 'Den svake prompten sender personopplysninger til KI og ber om en rangering av enkeltpersoner – det er både et personvernbrudd og en god måte å ødelegge tilliten på. Den sterke ber om en mal på rollenivå, lar Linn fylle inn de samlede tallene selv, og knytter gapene til ekte oppgaver.',
      en: 'The weak prompt sends personal data to the AI and asks for a ranking of individuals – both a privacy breach and a good way to destroy trust. The strong one asks for a template at role level, lets Linn fill in the aggregated figures herself, and ties the gaps to real tasks.',
    },
  },
  quiz: [
    {
      id: 'mapping-and-skills.q1',
      question: {
        nb: 'Hva bør komme først når HR skal bygge KI-kompetanse?',
        en: 'What should come first when HR builds AI literacy?',
      },
      choices: [
        {
          id: 'mapping-and-skills.q1.a',
          text: {
            nb: 'Å kjøpe et kurs som alle tar samme uke',
            en: 'Buying a course that everyone takes the same week',
          },
        },
        {
          id: 'mapping-and-skills.q1.b',
          text: {
            nb: 'En kartlegging av bruk, oppgaver og behov',
            en: 'Mapping use, tasks and needs',
          },
        },
        {
          id: 'mapping-and-skills.q1.c',
          text: {
            nb: 'En liste over hvem som ikke bruker KI i dag',
            en: 'A list of who does not use AI today',
          },
        },
        {
          id: 'mapping-and-skills.q1.d',
          text: {
            nb: 'Å velge et nytt KI-verktøy for hele bedriften',
            en: 'Choosing a new AI tool for the whole company',
          },
        },
      ],
      correct: 'mapping-and-skills.q1.b',
      explanation: {
        nb: 'Uten kartlegging vet dere ikke hvor gapet er. En liste over enkeltpersoner er ikke en kartlegging – den handler om grupper, oppgaver og behov.',
        en: 'Without mapping you do not know where the gap is. A list of individuals is not mapping – mapping is about groups, tasks and needs.',
      },
    },
    {
      id: 'mapping-and-skills.q2',
      question: {
        nb: 'Hva viser en ferdighetsmatrise?',
        en: 'What does a skills matrix show?',
      },
      choices: [
        {
          id: 'mapping-and-skills.q2.a',
          text: {
            nb: 'Hvem som har best og dårligst resultat i avdelingen',
            en: 'Who has the best and worst results in the department',
          },
        },
        {
          id: 'mapping-and-skills.q2.b',
          text: {
            nb: 'Hvilke verktøy hver ansatt har brukt den siste uka',
            en: 'Which tools each employee used in the last week',
          },
        },
        {
          id: 'mapping-and-skills.q2.c',
          text: {
            nb: 'Målnivå og dagens nivå per rolle og kompetanse',
            en: 'Target and current level per role and competency',
          },
        },
        {
          id: 'mapping-and-skills.q2.d',
          text: {
            nb: 'Hvor mange timer hver rolle bruker på opplæring',
            en: 'How many hours each role spends on training',
          },
        },
      ],
      correct: 'mapping-and-skills.q2.c',
      explanation: {
        nb: 'Matrisen har roller som rader og kompetanser som kolonner, med målnivå og dagens nivå for gruppen. Den er ikke et karakterkort for enkeltpersoner.',
        en: 'The matrix has roles as rows and competencies as columns, with the group’s target and current level. It is not a report card for individuals.',
      },
    },
    {
      id: 'mapping-and-skills.q3',
      question: {
        nb: 'Hvorfor holder det ikke med egenvurdering?',
        en: 'Why is self-assessment not enough?',
      },
      choices: [
        {
          id: 'mapping-and-skills.q3.a',
          text: {
            nb: 'Fordi folk ofte bommer på egne ferdigheter',
            en: 'Because people often misjudge their own skills',
          },
        },
        {
          id: 'mapping-and-skills.q3.b',
          text: {
            nb: 'Fordi egenvurdering er forbudt etter GDPR',
            en: 'Because self-assessment is banned under GDPR',
          },
        },
        {
          id: 'mapping-and-skills.q3.c',
          text: {
            nb: 'Fordi lederen alltid vet best hva folk kan',
            en: 'Because the manager always knows best what people can do',
          },
        },
        {
          id: 'mapping-and-skills.q3.d',
          text: {
            nb: 'Fordi svarene må kunne knyttes til hver ansatt',
            en: 'Because the answers must be linked to each employee',
          },
        },
      ],
      correct: 'mapping-and-skills.q3.a',
      explanation: {
        nb: 'Folk både over- og undervurderer seg. Små prøveoppgaver fra hverdagen viser hva folk faktisk gjør, og tallene merkes som målt eller selvrapportert.',
        en: 'People both over- and underrate themselves. Small test tasks from everyday work show what people actually do, and the figures are labelled measured or self-reported.',
      },
    },
    {
      id: 'mapping-and-skills.q4',
      question: {
        nb: 'En avdeling har tre ansatte. Hvordan rapporterer dere kartleggingen?',
        en: 'A department has three employees. How do you report the mapping?',
      },
      choices: [
        {
          id: 'mapping-and-skills.q4.a',
          text: {
            nb: 'Som for de andre avdelingene, med tall per person',
            en: 'Like the other departments, with figures per person',
          },
        },
        {
          id: 'mapping-and-skills.q4.b',
          text: {
            nb: 'Slått sammen med en annen gruppe, så ingen kjennes igjen',
            en: 'Merged with another group, so nobody can be recognised',
          },
        },
        {
          id: 'mapping-and-skills.q4.c',
          text: {
            nb: 'Med navn, siden alle uansett vet hvem som jobber der',
            en: 'With names, since everyone knows who works there anyway',
          },
        },
        {
          id: 'mapping-and-skills.q4.d',
          text: {
            nb: 'Bare til lederen deres, som en fortrolig liste',
            en: 'Only to their manager, as a confidential list',
          },
        },
      ],
      correct: 'mapping-and-skills.q4.b',
      explanation: {
        nb: 'I små grupper kan selv samlede tall peke på personer. Slå dem sammen med en annen gruppe, eller skjul dem.',
        en: 'In small groups even totals can point to people. Merge them with another group, or hide them.',
      },
    },
  ],
  tryIt: {
    nb: 'Lag et utkast til en ferdighetsmatrise for én avdeling du kjenner: tre roller som rader, fem kompetanser som kolonner, og et målnivå fra 1 til 4 i hver rute. Marker de to gapene du ville startet med, og skriv hvilken ukentlig oppgave hvert gap gjelder. Bruk roller, ikke navn.',
    en: 'Draft a skills matrix for one department you know: three roles as rows, five competencies as columns, and a target level from 1 to 4 in each cell. Mark the two gaps you would start with, and write which weekly task each gap concerns. Use roles, not names.',
  },
  review: [
    {
      id: 'mapping-and-skills.r1',
      front: {
        nb: 'Hvilke fire spørsmål stiller kartleggingen?',
        en: 'Which four questions does the mapping ask?',
      },
      back: {
        nb: 'Hvem bruker hvilke verktøy, til hvilke oppgaver, hvordan vurderer de egne ferdigheter, og hva er de største tidstyvene?',
        en: 'Who uses which tools, for which tasks, how do they rate their own skills, and what are the biggest time thieves?',
      },
    },
    {
      id: 'mapping-and-skills.r2',
      front: {
        nb: 'Hva er radene og kolonnene i en ferdighetsmatrise?',
        en: 'What are the rows and columns of a skills matrix?',
      },
      back: {
        nb: 'Roller som rader, kompetanser som kolonner – med målnivå og dagens nivå for gruppen i hver rute.',
        en: 'Roles as rows, competencies as columns – with the group’s target and current level in each cell.',
      },
    },
    {
      id: 'mapping-and-skills.r3',
      front: {
        nb: 'Hvordan kartlegger du uten å overvåke?',
        en: 'How do you map without monitoring?',
      },
      back: {
        nb: 'Anonymt, bare samlede tall, små grupper slått sammen, og tydelig informasjon på forhånd om formål og hvem som ser svarene.',
        en: 'Anonymously, totals only, small groups merged, and clear information beforehand about the purpose and who sees the answers.',
      },
    },
  ],
  departments: ['hr', 'management'],
} satisfies Lesson
