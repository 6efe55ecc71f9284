import type { Lesson } from '../types'

export default {
  id: 'programme-and-pitfalls',
  order: 15,
  competency: 'ai-strategy',
  level: 'expert',
  module: 3,
  minutes: 5,
  title: {
    nb: 'For HR: treningsprogrammet – 70-20-10, fem trinn og fallgruvene',
    en: 'For HR: the training programme – 70-20-10, five steps and the pitfalls',
  },
  summary: {
    nb: 'Slik bygger dere et program der folk lærer mest av å bruke KI i egne oppgaver: fem trinn fra kartlegging til skalering, og de åtte fallgruvene som stopper de fleste.',
    en: 'How to build a programme where people learn most by using AI on their own tasks: five steps from mapping to scaling, and the eight pitfalls that stop most attempts.',
  },
  cards: [
    {
      id: 'programme-and-pitfalls.c1',
      title: {
        nb: '70-20-10: lær mest av å gjøre',
        en: '70-20-10: learn most by doing',
      },
      body: {
        nb: 'Kildeteksten vår anbefaler en fordeling som kalles 70-20-10: **70 prosent** læring gjennom å bruke KI i egne oppgaver, **20 prosent** gjennom utveksling med kollegaer, og **10 prosent** gjennom korte innslag med teori. Tallene er en tommelfingerregel, ikke et forskningsresultat. Poenget er retningen: Et kurs alene endrer lite. Folk lærer når de løser ekte oppgaver og snakker om det de har prøvd.',
        en: 'Our source text recommends a split called 70-20-10: **70 per cent** learning by using AI on one’s own tasks, **20 per cent** through exchange with colleagues, and **10 per cent** through short bits of theory. The figures are a rule of thumb, not a research result. The point is the direction: a course on its own changes little. People learn when they solve real tasks and talk about what they have tried.',
      },
      term: {
        word: {
          nb: '70-20-10-modellen',
          en: 'the 70-20-10 model',
        },
        definition: {
          nb: 'En tommelfingerregel for læring på jobben: mest gjennom egen praksis, en del gjennom andre, og minst gjennom kurs og teori.',
          en: 'A rule of thumb for learning at work: most through one’s own practice, some through others, and least through courses and theory.',
        },
      },
    },
    {
      id: 'programme-and-pitfalls.c2',
      title: {
        nb: 'Fem trinn',
        en: 'Five steps',
      },
      body: {
        nb: '**1. Kartlegging og gapanalyse** (uke 1–2). **2. Ferdighetsmatrise** (uke 3). **3. Treningsprogram** med 70-20-10 (uke 4–5). **4. Bruk og coaching** (uke 6–9): korte erfaringsutvekslinger, dokumenterte brukstilfeller og kollegaveiledning. **5. Mål og skaler** (uke 10 og videre): går oppgaver raskere, kommer det nye brukstilfeller, har tilfredsheten økt? Ukene er kildetekstens forslag – tilpass dem til dere.',
        en: '**1. Mapping and gap analysis** (weeks 1–2). **2. Skills matrix** (week 3). **3. Training programme** with 70-20-10 (weeks 4–5). **4. Use and coaching** (weeks 6–9): short exchanges of experience, documented use cases and peer coaching. **5. Measure and scale** (week 10 onwards): are tasks done faster, are new use cases appearing, has satisfaction risen? The weeks are the source text’s suggestion – adapt them to your organisation.',
      },
    },
    {
      id: 'programme-and-pitfalls.c3',
      title: {
        nb: 'Tre korte økter',
        en: 'Three short sessions',
      },
      body: {
        nb: 'Et eksempel på prompttrening i tre økter: **Økt 1:** grunnprinsipper og typiske feil. **Økt 2:** videregående teknikker på oppgaver deltakerne har tatt med. **Økt 3:** finne feil i KI-svar, løse problemer og dokumentere det som virker i promptbiblioteket. Mellom øktene bruker deltakerne det de har lært, i egne oppgaver. Hold øktene korte, og legg dem i arbeidstiden.',
        en: 'An example of prompt training in three sessions: **Session 1:** basic principles and typical mistakes. **Session 2:** more advanced techniques on tasks the participants bring. **Session 3:** finding errors in AI answers, solving problems and documenting what works in the prompt library. Between sessions, participants use what they have learned on their own tasks. Keep the sessions short, and hold them in working hours.',
      },
    },
    {
      id: 'programme-and-pitfalls.c4',
      title: {
        nb: 'Fallgruve 1–4',
        en: 'Pitfalls 1–4',
      },
      body: {
        nb: '**Alt på én gang:** Alle skal lære alt samtidig og blir overbelastet. Start med en pilotgruppe. **Opplæring uten praksis:** Kurs uten ekte oppgaver gir lite. Bruk deltakernes egne oppgaver. **Lederne bremser:** HR presser på, lederne er skeptiske. Få med lederne først, og bruk motivasjon, ikke tvang. **Mange verktøy:** Hver avdeling velger sitt eget, og dataene havner overalt. Bli enige om noen få godkjente verktøy.',
        en: '**Everything at once:** everyone is to learn everything at the same time and gets overloaded. Start with a pilot group. **Training without practice:** courses without real tasks achieve little. Use the participants’ own tasks. **Managers hold back:** HR pushes, managers are sceptical. Bring the managers on board first, and use motivation, not compulsion. **Too many tools:** each department picks its own, and data ends up everywhere. Agree on a few approved tools.',
      },
    },
    {
      id: 'programme-and-pitfalls.c5',
      title: {
        nb: 'Fallgruve 5–8',
        en: 'Pitfalls 5–8',
      },
      body: {
        nb: '**Urealistiske forventninger:** KI er ingen tryllestav. Vær ærlig om at gevinsten kommer på rutineoppgaver, og at det tar tid. **Personvernet glemmes:** Folk limer inn sensitive data. Ta datareglene fra første dag. **Ingen måling:** Dere trener og håper. Bestem suksesskriteriene før dere starter. **Ingen forankring over tid:** Når begeistringen dabber av, stopper alt. Planlegg hvem som eier biblioteket, nettverket og planen etter at prosjektet er over.',
        en: '**Unrealistic expectations:** AI is no magic wand. Be honest that the gains come on routine tasks, and that it takes time. **Privacy forgotten:** people paste in sensitive data. Cover the data rules from day one. **No measurement:** you train and hope. Decide the success criteria before you start. **No roots over time:** when the enthusiasm fades, everything stops. Plan who owns the library, the network and the plan after the project is over.',
      },
    },
    {
      id: 'programme-and-pitfalls.c6',
      title: {
        nb: 'Involver de ansatte tidlig',
        en: 'Involve employees early',
      },
      body: {
        nb: 'KI endrer hvordan folk jobber. Ta med tillitsvalgte og verneombud tidlig, og vær åpen om hva som skal skje og hvorfor. I virksomheter som jevnlig har minst 50 ansatte, krever arbeidsmiljøloven kapittel 8 informasjon og drøfting med de tillitsvalgte før beslutninger som kan gi vesentlige endringer i arbeidsorganiseringen. Legg opplæringen i arbeidstiden, og si tydelig at den ikke er en vurdering av den enkelte.',
        en: 'AI changes how people work. Bring in employee representatives and the safety representative early, and be open about what will happen and why. In organisations that regularly employ at least 50 people, chapter 8 of the Working Environment Act requires information and consultation with employee representatives before decisions that may lead to substantial changes in how work is organised. Hold the training in working hours, and say clearly that it is not an assessment of anyone.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk arbeidsmiljøloven kapittel 8 på lovdata.no.',
          en: 'Check chapter 8 of the Working Environment Act at lovdata.no.',
        },
      },
    },
  ],
  example: {
    department: 'management',
    situation: {
      nb: 'Espen er daglig leder i et elektrofirma med 130 ansatte. Ledergruppen vil at alle skal bli gode på KI før sommeren, og Espen vil ha hjelp til å lage et opplegg.',
      en: 'Espen is managing director of an electrical contractor with 130 employees. The leadership group wants everyone to be good at AI before the summer, and Espen wants help to put a plan together.',
    },
    weakPrompt: {
      nb: 'Lag et heldagskurs i KI for alle 130 ansatte, så alle blir gode på KI innen sommeren.',
      en: 'Create a full-day AI course for all 130 employees, so everyone is good at AI by the summer.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren HR-rådgiver. Lag et utkast til et KI-program for et elektrofirma med 130 ansatte: montører, prosjektledere, innkjøp og administrasjon. Bruk fem trinn (kartlegging, ferdighetsmatrise, treningsprogram, bruk og coaching, måling) og 70-20-10. Start med en pilotgruppe på ti personer. For hvert trinn: hva som skjer, hvem som har ansvaret (rolle), og hvordan vi ser at det virker. Ta med datareglene fra første dag, og list de tre fallgruvene vi er mest utsatt for.',
      en: 'You are an experienced HR adviser. Draft an AI programme for an electrical contractor with 130 employees: electricians, project managers, purchasing and administration. Use five steps (mapping, skills matrix, training programme, use and coaching, measurement) and 70-20-10. Start with a pilot group of ten people. For each step: what happens, who is responsible (role), and how we will see that it works. Include the data rules from day one, and list the three pitfalls we are most exposed to.',
    },
    whyItWorks: {
      nb: 'Den svake prompten bestiller nettopp fallgruvene: alt på én gang, teori uten praksis og urealistiske forventninger. Den sterke gir KI rammen fra kildeteksten, starter smått, fordeler ansvar og ber om måling og risiko – et utkast Espen kan ta med til ledergruppen og de tillitsvalgte.',
      en: 'The weak prompt orders exactly the pitfalls: everything at once, theory without practice and unrealistic expectations. The strong one gives the AI the framework from the source text, starts small, assigns responsibility and asks for measurement and risks – a draft Espen can take to the leadership group and the employee representatives.',
    },
  },
  quiz: [
    {
      id: 'programme-and-pitfalls.q1',
      question: {
        nb: 'Hva står 70 i 70-20-10 for?',
        en: 'What does the 70 in 70-20-10 stand for?',
      },
      choices: [
        {
          id: 'programme-and-pitfalls.q1.a',
          text: {
            nb: 'Andelen av budsjettet som går til kurs',
            en: 'The share of the budget spent on courses',
          },
        },
        {
          id: 'programme-and-pitfalls.q1.b',
          text: {
            nb: 'Læring ved å bruke KI i egne oppgaver',
            en: 'Learning by using AI on one’s own tasks',
          },
        },
        {
          id: 'programme-and-pitfalls.q1.c',
          text: {
            nb: 'Andelen ansatte som må være med fra start',
            en: 'The share of staff who must join from the start',
          },
        },
        {
          id: 'programme-and-pitfalls.q1.d',
          text: {
            nb: 'Antall minutter hver økt bør vare',
            en: 'The number of minutes each session should last',
          },
        },
      ],
      correct: 'programme-and-pitfalls.q1.b',
      explanation: {
        nb: '70 prosent læring gjennom egen praksis, 20 gjennom kollegaer og 10 gjennom teori. Tallene er en tommelfingerregel for retningen, ikke en målt fordeling.',
        en: '70 per cent learning through one’s own practice, 20 through colleagues and 10 through theory. The figures are a rule of thumb for the direction, not a measured split.',
      },
    },
    {
      id: 'programme-and-pitfalls.q2',
      question: {
        nb: 'Hva er fallgruven «alt på én gang»?',
        en: 'What is the "everything at once" pitfall?',
      },
      choices: [
        {
          id: 'programme-and-pitfalls.q2.a',
          text: {
            nb: 'At alle skal lære alt samtidig og blir overbelastet',
            en: 'Everyone learning everything at once and getting overloaded',
          },
        },
        {
          id: 'programme-and-pitfalls.q2.b',
          text: {
            nb: 'At dere starter med en liten gruppe frivillige',
            en: 'Starting with a small group of volunteers',
          },
        },
        {
          id: 'programme-and-pitfalls.q2.c',
          text: {
            nb: 'At dere måler for tidlig og gir opp piloten',
            en: 'Measuring too early and giving up the pilot',
          },
        },
        {
          id: 'programme-and-pitfalls.q2.d',
          text: {
            nb: 'At for mange avdelinger velger samme verktøy',
            en: 'Too many departments choosing the same tool',
          },
        },
      ],
      correct: 'programme-and-pitfalls.q2.a',
      explanation: {
        nb: 'For mye på én gang gir stress og lite varig endring. En pilotgruppe som lykkes, sprer nytten videre.',
        en: 'Too much at once brings stress and little lasting change. A pilot group that succeeds spreads the benefit further.',
      },
    },
    {
      id: 'programme-and-pitfalls.q3',
      question: {
        nb: 'Lederne er skeptiske mens HR presser på. Hva er lurest?',
        en: 'Managers are sceptical while HR pushes. What is wisest?',
      },
      choices: [
        {
          id: 'programme-and-pitfalls.q3.a',
          text: {
            nb: 'Gjøre opplæringen obligatorisk for alle ledere',
            en: 'Make the training compulsory for all managers',
          },
        },
        {
          id: 'programme-and-pitfalls.q3.b',
          text: {
            nb: 'Vente med alt til lederne selv tar initiativ',
            en: 'Wait with everything until managers take the lead',
          },
        },
        {
          id: 'programme-and-pitfalls.q3.c',
          text: {
            nb: 'La de ansatte starte for seg selv, uten at lederne får vite om det',
            en: 'Let staff start on their own, without the managers ever being told',
          },
        },
        {
          id: 'programme-and-pitfalls.q3.d',
          text: {
            nb: 'Få med lederne først, med eksempler fra deres fag',
            en: 'Bring managers on board first, with examples from their field',
          },
        },
      ],
      correct: 'programme-and-pitfalls.q3.d',
      explanation: {
        nb: 'Ledere som ser nytten i eget arbeid og bruker KI åpent, er den beste drahjelpen. Tvang gir motstand, og å gå rundt lederne gir konflikt.',
        en: 'Managers who see the benefit in their own work and use AI openly are the best support. Compulsion creates resistance, and going around the managers creates conflict.',
      },
    },
    {
      id: 'programme-and-pitfalls.q4',
      question: {
        nb: 'Hva sier arbeidsmiljøloven kapittel 8 om virksomheter med minst 50 ansatte?',
        en: 'What does chapter 8 of the Working Environment Act say for organisations with at least 50 employees?',
      },
      choices: [
        {
          id: 'programme-and-pitfalls.q4.a',
          text: {
            nb: 'At all bruk av KI må godkjennes av Arbeidstilsynet',
            en: 'That all use of AI must be approved by the Labour Inspection Authority',
          },
        },
        {
          id: 'programme-and-pitfalls.q4.b',
          text: {
            nb: 'At de tillitsvalgte skal informeres og drøftes med',
            en: 'That employee representatives are informed and consulted',
          },
        },
        {
          id: 'programme-and-pitfalls.q4.c',
          text: {
            nb: 'At opplæring i KI må foregå utenom arbeidstiden',
            en: 'That AI training must take place outside working hours',
          },
        },
        {
          id: 'programme-and-pitfalls.q4.d',
          text: {
            nb: 'At de ansatte kan nekte å bruke godkjente verktøy',
            en: 'That employees may refuse to use approved tools',
          },
        },
      ],
      correct: 'programme-and-pitfalls.q4.b',
      explanation: {
        nb: 'Før beslutninger som kan gi vesentlige endringer i arbeidsorganiseringen, skal de tillitsvalgte få informasjon og drøfte saken. Ta dem med tidlig uansett størrelse – det gir bedre opplegg og mer tillit.',
        en: 'Before decisions that may substantially change how work is organised, employee representatives must be informed and consulted. Bring them in early whatever your size – it gives a better plan and more trust.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta de åtte fallgruvene og vurder deres egen virksomhet: Hvilke tre er dere mest utsatt for? Skriv ett konkret tiltak mot hver, med en ansvarlig rolle og en dato. Vis listen til en leder eller en tillitsvalgt og spør hva de ville lagt til.',
    en: 'Take the eight pitfalls and assess your own organisation: which three are you most exposed to? Write one concrete measure against each, with a responsible role and a date. Show the list to a manager or an employee representative and ask what they would add.',
  },
  review: [
    {
      id: 'programme-and-pitfalls.r1',
      front: {
        nb: 'Hva er de fem trinnene i programmet?',
        en: 'What are the programme’s five steps?',
      },
      back: {
        nb: 'Kartlegging og gapanalyse, ferdighetsmatrise, treningsprogram, bruk og coaching, og måling og skalering.',
        en: 'Mapping and gap analysis, skills matrix, training programme, use and coaching, and measuring and scaling.',
      },
    },
    {
      id: 'programme-and-pitfalls.r2',
      front: {
        nb: 'Hva betyr 70-20-10?',
        en: 'What does 70-20-10 mean?',
      },
      back: {
        nb: 'Mest læring gjennom egen bruk i ekte oppgaver, en del gjennom kollegaer, minst gjennom teori. En tommelfingerregel, ikke et målt resultat.',
        en: 'Most learning through one’s own use on real tasks, some through colleagues, least through theory. A rule of thumb, not a measured result.',
      },
    },
    {
      id: 'programme-and-pitfalls.r3',
      front: {
        nb: 'Nevn fire av de åtte fallgruvene.',
        en: 'Name four of the eight pitfalls.',
      },
      back: {
        nb: 'Alt på én gang, opplæring uten praksis, lederne bremser, mange verktøy, urealistiske forventninger, personvernet glemmes, ingen måling, ingen forankring over tid.',
        en: 'Everything at once, training without practice, managers holding back, too many tools, unrealistic expectations, privacy forgotten, no measurement, no roots over time.',
      },
    },
  ],
  departments: ['hr', 'management'],
} satisfies Lesson
