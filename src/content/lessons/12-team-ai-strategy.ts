import type { Lesson } from '../types'

export default {
  id: 'team-ai-strategy',
  order: 12,
  competency: 'ai-strategy',
  level: 'expert',
  module: 3,
  minutes: 6,
  title: {
    nb: 'En KI-strategi for teamet ditt',
    en: 'An AI strategy for your team',
  },
  summary: {
    nb: 'Lag en enkel og realistisk KI-plan for teamet: pilotgruppe først, noen få godkjente verktøy, ambassadører, lederstøtte, faste tilbakemeldinger som blir besvart – og en plan for når begeistringen avtar.',
    en: 'Make a simple, realistic AI plan for your team: a pilot group first, a few approved tools, ambassadors, leadership support, a feedback loop that gets used — and a plan for when the enthusiasm fades.',
  },
  cards: [
    {
      id: 'team-ai-strategy.c1',
      title: { nb: 'Strategi betyr å velge', en: 'Strategy means choosing' },
      body: {
        nb: 'En KI-strategi for et team trenger ikke være et tykt dokument. Én side holder, hvis den svarer på fem spørsmål: Hvilke oppgaver vil vi bli bedre på? Hvilke verktøy bruker vi, og hvilke data får gå dit? Hvordan lærer vi? Hvordan deler vi det som virker? Hvordan vet vi at det hjelper? Bygg på teamets egne styrker og kultur. Å kopiere en annen bedrifts plan virker sjelden, fordi oppgavene og folkene er andre.',
        en: 'An AI strategy for a team does not have to be a thick document. One page is enough, if it answers five questions: Which tasks do we want to get better at? Which tools do we use, and which data may go into them? How do we learn? How do we share what works? How do we know it helps? Build on the team’s own strengths and culture. Copying another company’s plan rarely works, because the tasks and the people are different.',
      },
    },
    {
      id: 'team-ai-strategy.c2',
      title: { nb: 'Start med en pilotgruppe', en: 'Start with a pilot group' },
      body: {
        nb: 'Ikke la alle starte samtidig. Velg en liten gruppe – gjerne fem til ti personer – som er nysgjerrige og jobber mye med tekst, dokumenter eller data. Gi dem ekte oppgaver, tid til å øve og en enkel måte å dele erfaringer på. Etter noen uker har dere konkrete eksempler, kjente fallgruver og prompter som virker. Da sprer det seg lettere, fordi kollegaene ser nytten hos noen de kjenner.',
        en: 'Do not let everyone start at once. Choose a small group — perhaps five to ten people — who are curious and work a lot with text, documents or data. Give them real tasks, time to practise and a simple way to share experiences. After a few weeks you have concrete examples, known pitfalls and prompts that work. Then it spreads more easily, because colleagues see the benefit in people they know.',
      },
    },
    {
      id: 'team-ai-strategy.c3',
      title: { nb: 'Noen få godkjente verktøy', en: 'A few approved tools' },
      body: {
        nb: 'Når hver avdeling velger sine egne KI-verktøy, oppstår datasiloer og usikkerhet om personvern. Bli enige om noen få verktøy som er godkjent og støttet sentralt – to eller tre holder i starten – og om hvilken dataklasse hvert verktøy tåler. Vent med dyre spesialløsninger til nytten er vist i piloten. Ser du mye skygge-KI, spør hvilket behov verktøyene dekker, før du forbyr dem.',
        en: 'When every department chooses its own AI tools, you get data silos and uncertainty about privacy. Agree on a few tools that are approved and supported centrally — two or three are enough at first — and on which data class each tool can handle. Hold off on expensive specialist solutions until the pilot has shown their value. If you see a lot of shadow AI, ask what need those tools meet before you ban them.',
      },
      term: {
        word: { nb: 'Skygge-KI', en: 'Shadow AI' },
        definition: {
          nb: 'KI-verktøy som ansatte bruker på egen hånd, uten at virksomheten har vurdert eller godkjent dem. Ofte et tegn på et reelt behov – og en risiko for at data havner på avveie.',
          en: 'AI tools that employees use on their own, without the organisation having assessed or approved them. Often a sign of a real need — and a risk that data ends up in the wrong place.',
        },
      },
    },
    {
      id: 'team-ai-strategy.c4',
      title: { nb: 'KI-ambassadører', en: 'AI ambassadors' },
      body: {
        nb: 'I de fleste team finnes det noen som allerede har lært seg mye på egen hånd. Gjør dem til ambassadører: de hjelper kollegaer, holder korte «vis og fortell»-økter, går gjennom prompter i biblioteket og melder tilbake hva som hindrer bruken. Det fungerer bare hvis de får satt av tid i arbeidsplanen og et tydelig mandat. En tittel uten tid blir fort til ekstraarbeid som ingen orker over tid.',
        en: 'Most teams have someone who has already learned a lot on their own. Make them ambassadors: they help colleagues, run short show-and-tell sessions, review prompts in the library and report back on what is holding people back. It only works if they get time set aside in their work plan and a clear mandate. A title without time quickly becomes extra work that nobody can keep up for long.',
      },
    },
    {
      id: 'team-ai-strategy.c5',
      title: { nb: 'Lederstøtte', en: 'Leadership support' },
      body: {
        nb: 'En kjent fallgruve er at HR eller entusiastene presser på, mens lederne bremser. Få med lederne før dere starter: vis dem konkrete eksempler fra deres egne fagområder, og la dem prøve selv. Ledere som bruker KI åpent og snakker om både det som virker og det som ikke virker, gjør det trygt for andre. Sats på motivasjon, ikke tvang. Og sørg for at det faktisk er tid til å lære i arbeidsuka.',
        en: 'A well-known pitfall is that HR or the enthusiasts push while the managers put on the brakes. Bring the managers on board before you start: show them concrete examples from their own fields and let them try it themselves. Managers who use AI openly and talk about what works and what does not make it safe for others. Rely on motivation, not compulsion. And make sure there really is time to learn during the working week.',
      },
    },
    {
      id: 'team-ai-strategy.c6',
      title: { nb: 'Tilbakemeldinger som får svar', en: 'A feedback loop that gets used' },
      body: {
        nb: 'Gjør det lett å melde fra om hindringer og nye idéer – gjerne anonymt, for eksempel på en idé- og hindringstavle eller i den ukentlige pulsmålingen. Men tilbakemeldinger hjelper bare hvis noen svarer på dem. Vis tydelig hva som skjer: «Dere sa at verktøyet var tregt å logge inn i – nå har IT ordnet innlogging med jobbkontoen.» Feir delmål, og vær åpen om det som fortsatt er vanskelig.',
        en: 'Make it easy to report obstacles and new ideas — anonymously if people want, for example on an ideas-and-obstacles board or in the weekly pulse check. But a feedback loop is only a loop if someone answers. Show clearly what happens: “You said the tool was slow to sign in to — IT has now set up sign-in with your work account.” Celebrate milestones, and be open about what is still difficult.',
      },
    },
    {
      id: 'team-ai-strategy.c7',
      title: { nb: 'Realistiske forventninger', en: 'Realistic expectations' },
      body: {
        nb: 'KI er ingen tryllestav. Den kan gjøre rutineoppgaver raskere og gi bedre utkast, men den løser ikke dårlige prosesser eller uklare mål. Vær ærlig om hva som endrer seg, og hva som ikke gjør det. Møt skepsis med åpenhet og praktiske eksempler, ikke med press. La de som vil, begynne først. Ferdigheter bygges steg for steg, og det er greit at folk lærer i ulikt tempo.',
        en: 'AI is no magic wand. It can make routine tasks faster and give better drafts, but it does not fix poor processes or unclear goals. Be honest about what changes and what does not. Meet scepticism with openness and practical examples, not with pressure. Let those who want to go first. Skills are built step by step, and it is fine for people to learn at different speeds.',
      },
    },
    {
      id: 'team-ai-strategy.c8',
      title: { nb: 'Planlegg for det lange løpet', en: 'Plan for the long run' },
      body: {
        nb: 'Når den første begeistringen avtar, forsvinner ofte framdriften. Planlegg derfor fra start: Hvem eier promptbiblioteket? Hvor ofte deler dere erfaringer? Hva skjer når en ambassadør slutter? KI-verktøyene endrer seg raskt, så engangsopplæring holder ikke. Se over planen hvert kvartal, og regn med at en endring i hele virksomheten tar tre til fire måneder – ofte lengre. Tålmodighet lønner seg.',
        en: 'When the first enthusiasm fades, progress often disappears with it. So plan from the start: Who owns the prompt library? How often do you share experiences? What happens when an ambassador leaves? AI tools change quickly, so one-off training is not enough. Review the plan every quarter, and expect a change across the whole organisation to take three to four months — often longer. Patience pays off.',
      },
    },
  ],
  example: {
    department: 'production',
    situation: {
      nb: 'Morten leder produksjonsavdelingen i en bedrift som lager aluminiumsprofiler. Avdelingen har 25 ansatte, og flere bruker allerede gratis KI-verktøy på mobilen. Han vil lage en enkel plan før det blir kaos.',
      en: 'Morten heads the production department at a company that makes aluminium profiles. The department has 25 employees, and several already use free AI tools on their phones. He wants to make a simple plan before it turns chaotic.',
    },
    weakPrompt: {
      nb: 'Lag en KI-strategi for produksjonsavdelingen.',
      en: 'Write an AI strategy for the production department.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren endringsleder i norsk industri. Hjelp meg å lage et utkast til en KI-plan på én side for en produksjonsavdeling med 25 ansatte: skiftledere, operatører og planleggere. Bruk disse overskriftene: mål (tre konkrete oppgaver der KI kan spare tid, for eksempel skiftrapporter og arbeidsinstrukser), pilotgruppe, godkjente verktøy og dataregler, ambassadører, lederstøtte, tilbakemeldinger, måling etter seks uker og oppfølging over tid. Godkjente verktøy: [liste fra IT]. Forslagene må kunne gjennomføres uten nye innkjøp de første tre månedene. Pek til slutt på tre risikoer og hvordan vi kan møte dem.',
      en: 'You are an experienced change leader in Norwegian industry. Help me draft a one-page AI plan for a production department with 25 employees: shift leaders, operators and planners. Use these headings: goals (three concrete tasks where AI can save time, such as shift reports and work instructions), pilot group, approved tools and data rules, ambassadors, leadership support, feedback, measurement after six weeks and follow-up over time. Approved tools: [list from IT]. The proposals must be possible without new purchases in the first three months. Finally, point out three risks and how we can meet them.',
    },
    whyItWorks: {
      nb: 'Prompten gir rolle, størrelse og sammensetning på teamet, og bruker strategiens byggesteiner som overskrifter. Den knytter planen til konkrete oppgaver, begrenser verktøyene til de godkjente og ber om risikoer, ikke bare muligheter. Morten får et utkast han kan diskutere med teamet – ikke en ferdig fasit.',
      en: 'The prompt gives a role, the size and make-up of the team, and uses the building blocks of a strategy as headings. It ties the plan to concrete tasks, limits tools to the approved ones and asks for risks, not just opportunities. Morten gets a draft he can discuss with his team — not a finished answer.',
    },
  },
  quiz: [
    {
      id: 'team-ai-strategy.q1',
      question: {
        nb: 'Hvordan bør teamet starte med KI?',
        en: 'How should the team start with AI?',
      },
      choices: [
        {
          id: 'team-ai-strategy.q1.a',
          text: {
            nb: 'Med et felles kurs for alle samme uke, så ingen henger etter',
            en: 'With one course for everyone the same week, so nobody lags',
          },
        },
        {
          id: 'team-ai-strategy.q1.b',
          text: {
            nb: 'Med en liten pilotgruppe som jobber med ekte oppgaver',
            en: 'With a small pilot group working on real tasks',
          },
        },
        {
          id: 'team-ai-strategy.q1.c',
          text: {
            nb: 'Med å kjøpe en spesialløsning før noen har prøvd noe',
            en: 'By buying a special solution before anyone has tried anything',
          },
        },
        {
          id: 'team-ai-strategy.q1.d',
          text: {
            nb: 'Med at hver enkelt prøver det de vil, når de har tid',
            en: 'With everyone trying whatever they like when they have time',
          },
        },
      ],
      correct: 'team-ai-strategy.q1.b',
      explanation: {
        nb: 'En pilotgruppe gir konkrete eksempler og erfaringer uten å overbelaste alle. Nytten sprer seg når kollegaer ser den hos noen de kjenner.',
        en: 'A pilot group produces concrete examples and experience without overloading everyone. The benefit spreads when colleagues see it in people they know.',
      },
    },
    {
      id: 'team-ai-strategy.q2',
      question: {
        nb: 'Flere i teamet bruker ulike gratisverktøy på egen hånd. Hva er best?',
        en: 'Several people in the team use different free tools on their own. What is best?',
      },
      choices: [
        {
          id: 'team-ai-strategy.q2.a',
          text: {
            nb: 'Forby all KI-bruk til IT har vurdert hvert eneste verktøy',
            en: 'Ban all AI use until IT has assessed every single tool',
          },
        },
        {
          id: 'team-ai-strategy.q2.b',
          text: {
            nb: 'La hver og en velge fritt – det gir mest eierskap',
            en: 'Let everyone choose freely — it gives the most ownership',
          },
        },
        {
          id: 'team-ai-strategy.q2.c',
          text: {
            nb: 'Finne behovet og bli enige om noen få godkjente verktøy',
            en: 'Find the need and agree on a few approved tools',
          },
        },
        {
          id: 'team-ai-strategy.q2.d',
          text: {
            nb: 'Kjøpe lisenser til alle verktøyene folk allerede bruker',
            en: 'Buy licences for every tool people already use',
          },
        },
      ],
      correct: 'team-ai-strategy.q2.c',
      explanation: {
        nb: 'Skygge-KI viser ofte et reelt behov. Noen få godkjente verktøy med klare regler for dataklasser dekker behovet og beskytter dataene.',
        en: 'Shadow AI often reveals a real need. A few approved tools with clear rules for data classes meet the need and protect the data.',
      },
    },
    {
      id: 'team-ai-strategy.q3',
      question: {
        nb: 'Hva trenger en KI-ambassadør mest for å lykkes?',
        en: 'What does an AI ambassador need most to succeed?',
      },
      choices: [
        {
          id: 'team-ai-strategy.q3.a',
          text: {
            nb: 'Avsatt tid i arbeidsplanen og et tydelig mandat',
            en: 'Time set aside in the work plan and a clear mandate',
          },
        },
        {
          id: 'team-ai-strategy.q3.b',
          text: {
            nb: 'En fin tittel i e-postsignaturen og på intranettet',
            en: 'A fine title in the e-mail signature and on the intranet',
          },
        },
        {
          id: 'team-ai-strategy.q3.c',
          text: {
            nb: 'Innsyn i hva hver enkelt kollega skriver til KI',
            en: 'Access to what each colleague writes to the AI',
          },
        },
        {
          id: 'team-ai-strategy.q3.d',
          text: {
            nb: 'Bedre KI-lisenser enn resten av avdelingen har',
            en: 'Better AI licences than the rest of the department',
          },
        },
      ],
      correct: 'team-ai-strategy.q3.a',
      explanation: {
        nb: 'Uten tid blir ambassadørrollen ekstraarbeid som dør ut. Ambassadører hjelper og deler – de skal ikke overvåke kollegaenes prompter.',
        en: 'Without time, the ambassador role becomes extra work that dies out. Ambassadors help and share — they are not there to monitor colleagues’ prompts.',
      },
    },
    {
      id: 'team-ai-strategy.q4',
      question: {
        nb: 'Etter tre måneder dabber engasjementet av. Hva burde vært planlagt fra start?',
        en: 'After three months, engagement is fading. What should have been planned from the start?',
      },
      choices: [
        {
          id: 'team-ai-strategy.q4.a',
          text: {
            nb: 'En ny, stor oppstart med hele bedriften samtidig',
            en: 'A new, big kick-off with the whole company at once',
          },
        },
        {
          id: 'team-ai-strategy.q4.b',
          text: {
            nb: 'Eiere, faste erfaringsdelinger og jevnlig gjennomgang',
            en: 'Owners, regular sharing and a regular review',
          },
        },
        {
          id: 'team-ai-strategy.q4.c',
          text: {
            nb: 'Ingenting – det er naturlig at KI-bruken går over',
            en: 'Nothing — it is natural for AI use to fade',
          },
        },
        {
          id: 'team-ai-strategy.q4.d',
          text: {
            nb: 'Flere verktøy, så folk har noe nytt å prøve hver måned',
            en: 'More tools, so people have something new each month',
          },
        },
      ],
      correct: 'team-ai-strategy.q4.b',
      explanation: {
        nb: 'Framdrift over tid krever eiere (for eksempel av promptbiblioteket), faste erfaringsdelinger og en jevnlig gjennomgang av planen, gjerne hvert kvartal – særlig fordi verktøyene endrer seg raskt.',
        en: 'Progress over time needs owners (of the prompt library, for example), regular experience sharing and a regular review of the plan, say every quarter – especially because the tools change fast.',
      },
    },
  ],
  tryIt: {
    nb: 'Skriv en plan på fem linjer for teamet ditt: én oppgave å starte med, hvem som er i pilotgruppen, hvilket godkjent verktøy dere bruker, hvordan dere deler erfaringer, og hva dere måler etter seks uker. Vis den til lederen din eller en KI-ambassadør, og avtal et første steg.',
    en: 'Write a five-line plan for your team: one task to start with, who is in the pilot group, which approved tool you use, how you share experiences, and what you measure after six weeks. Show it to your manager or an AI ambassador, and agree on a first step.',
  },
  review: [
    {
      id: 'team-ai-strategy.r1',
      front: {
        nb: 'Hvilke fem spørsmål svarer en KI-plan på én side på?',
        en: 'Which five questions does a one-page AI plan answer?',
      },
      back: {
        nb: 'Hvilke oppgaver, hvilke verktøy og data, hvordan vi lærer, hvordan vi deler, og hvordan vi vet at det hjelper.',
        en: 'Which tasks, which tools and data, how we learn, how we share, and how we know it helps.',
      },
    },
    {
      id: 'team-ai-strategy.r2',
      front: {
        nb: 'Hva er skygge-KI, og hva gjør du med det?',
        en: 'What is shadow AI, and what do you do about it?',
      },
      back: {
        nb: 'KI-verktøy brukt uten godkjenning. Spør hvilket behov de dekker, og tilby noen få godkjente verktøy med klare dataregler.',
        en: 'AI tools used without approval. Ask what need they meet, and offer a few approved tools with clear data rules.',
      },
    },
    {
      id: 'team-ai-strategy.r3',
      front: {
        nb: 'Hva holder KI-satsingen i live over tid?',
        en: 'What keeps the AI initiative alive over time?',
      },
      back: {
        nb: 'Ambassadører med tid, ledere som går foran, tilbakemeldinger som får svar, og en plan som gjennomgås hvert kvartal.',
        en: 'Ambassadors with time, managers who lead by example, a feedback loop that gets answers, and a plan reviewed every quarter.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
