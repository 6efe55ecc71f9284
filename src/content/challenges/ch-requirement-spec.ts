import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-requirement-spec',
  competency: 'advanced-prompting',
  level: 'intermediate',
  dataClass: 'yellow',
  minutes: 20,
  title: {
    nb: 'Kravspesifikasjon i trinn',
    en: 'A requirement specification, step by step',
  },
  task: {
    nb: 'Lag et utkast til kravspesifikasjon ved å la KI jobbe i trinn: først stiller den deg spørsmål om det som mangler, så lager den en disposisjon, og til slutt setter den opp kravene i en tabell. Gi den en rolle, god kontekst og ett eksempel på hvordan et godt krav ser ut.',
    en: 'Draft a requirement specification by letting the AI work in steps: first it asks you about what is missing, then it makes an outline, and finally it sets out the requirements in a table. Give it a role, good context and one example of what a good requirement looks like.',
  },
  flavours: {
    purchasing: {
      nb: 'Innkjøp skal hente inn tilbud på en ny avtale om arbeidsklær. Kravene skal kunne sammenlignes mellom leverandørene: pris, leveringstid, størrelser, miljømerking og bindingstid.',
      en: 'Purchasing is requesting offers for a new workwear agreement. The requirements must make suppliers comparable: price, delivery time, sizes, eco-labelling and commitment period.',
    },
    project: {
      nb: 'Dere skal kjøpe inn et nytt verktøy for prosjektstyring til 25 prosjektledere. Kravspesifikasjonen skal sendes til tre leverandører.',
      en: 'You are buying a new project management tool for 25 project managers. The requirement specification will be sent to three suppliers.',
    },
    production: {
      nb: 'Dere skal kjøpe en ny pakkemaskin til linje 2. Den må passe med eksisterende transportbånd og tåle to skift i døgnet.',
      en: 'You are buying a new packing machine for line 2. It must fit the existing conveyors and handle two shifts a day.',
    },
    hr: {
      nb: 'Dere skal bytte system for timeregistrering og fravær. Det må fungere på mobil og kunne brukes av ansatte uten egen PC.',
      en: 'You are replacing your system for time recording and absence. It must work on a phone and be usable by employees who have no computer of their own.',
    },
  },
  hints: [
    {
      nb: 'Be KI stille deg spørsmål før den skriver. Det gir bedre krav enn om den må gjette.',
      en: 'Ask the AI to ask you questions before it writes. That gives better requirements than letting it guess.',
    },
    {
      nb: 'Vis ett eksempel på et godt krav: ID, beskrivelse, prioritet (må/bør/kan) og hvordan det skal testes.',
      en: 'Show one example of a good requirement: ID, description, priority (must/should/could) and how it will be tested.',
    },
    {
      nb: 'Ta ett trinn om gangen og rett opp underveis. Å jobbe i flere runder er en teknikk, ikke et nederlag.',
      en: 'Take one step at a time and correct as you go. Working in several rounds is a technique, not a failure.',
    },
    {
      nb: 'Budsjett og leverandørpriser er interne (gule). Bruk bare verktøy som er godkjent for gule data.',
      en: 'Budgets and supplier prices are internal (yellow). Use only tools approved for yellow data.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren innkjøper og prosjektleder som har skrevet mange kravspesifikasjoner for norske bedrifter.

Kontekst: Vi er en rådgivningsbedrift med 25 prosjektledere. Vi skal kjøpe et nytt verktøy for prosjektstyring og sende kravspesifikasjonen til tre leverandører. Viktigst for oss: ressursplanlegging, timeføring på prosjekt og rapporter til kunden.

Oppgave: Vi gjør dette i tre trinn, og du venter på svaret mitt mellom hvert trinn.
Trinn 1: Still meg høyst åtte spørsmål om det du trenger å vite.
Trinn 2: Lag en disposisjon for kravspesifikasjonen.
Trinn 3: Skriv kravene.

Format for kravene: en tabell med kolonnene ID, Krav, Prioritet (Må/Bør/Kan) og Slik tester vi det. Eksempel på et godt krav:
K-07 | Prosjektlederen kan se hvor mange timer hver ressurs er booket per uke, de neste åtte ukene | Må | Vi booker tre ressurser i en demo og sjekker oversikten.

Begrensninger: Ikke nevn leverandører eller produktnavn. Merk antakelser med [ANTAKELSE]. Skriv på bokmål.`,
    en: `You are an experienced purchaser and project manager who has written many requirement specifications for Norwegian companies.

Context: We are a consultancy with 25 project managers. We are buying a new project management tool and will send the requirement specification to three suppliers. Most important to us: resource planning, time recording per project and reports to the client.

Task: We will do this in three steps, and you wait for my reply between each step.
Step 1: Ask me at most eight questions about what you need to know.
Step 2: Make an outline for the requirement specification.
Step 3: Write the requirements.

Format for the requirements: a table with the columns ID, Requirement, Priority (Must/Should/Could) and How we test it. Example of a good requirement:
R-07 | The project manager can see how many hours each resource is booked per week for the next eight weeks | Must | We book three resources in a demo and check the overview.

Constraints: Do not mention suppliers or product names. Mark assumptions with [ASSUMPTION]. Write in English.`,
  },
} satisfies PromptChallenge
