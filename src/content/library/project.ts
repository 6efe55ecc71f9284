import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-project-offer-draft',
    title: { nb: 'Utkast til tilbud', en: 'Draft offer' },
    department: 'project',
    task: { nb: 'Tilbud', en: 'Offer' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['offer', 'writing', 'template'],
    placeholders: [
      {
        key: { nb: 'kundens_bransje', en: 'customer_industry' },
        label: { nb: 'Kundens bransje', en: "Customer's industry" },
      },
      {
        key: { nb: 'omfang', en: 'scope' },
        label: { nb: 'Hva tilbudet omfatter', en: 'What the offer covers' },
      },
      { key: { nb: 'tidsplan', en: 'schedule' }, label: { nb: 'Tidsplan', en: 'Schedule' } },
      { key: { nb: 'pris', en: 'price' }, label: { nb: 'Pris eks. mva', en: 'Price excl. VAT' } },
      {
        key: { nb: 'gyldighet', en: 'validity' },
        label: { nb: 'Hvor lenge tilbudet gjelder', en: 'How long the offer is valid' },
      },
    ],
    body: {
      nb: `Du er en erfaren prosjektleder i en norsk bedrift og skriver klare, ryddige tilbud.

Kontekst: Kunden er en bedrift i bransjen {{kundens_bransje}}. Tilbudet omfatter: {{omfang}}. Tidsplan: {{tidsplan}}. Pris: {{pris}} kroner eksklusiv mva. Tilbudet gjelder {{gyldighet}}.

Oppgave: Skriv et utkast til tilbud.

Format: Overskriftene Bakgrunn, Leveranse, Fremdrift, Pris (eks. mva, mva 25 prosent og inkl. mva, med mellomregning), Forutsetninger og forbehold, og Neste steg. Høyst én side.

Begrensninger: Hold deg til faktaene i denne teksten. Skriv [KUNDE] der kundens navn skal stå. Merk forutsetninger du har lagt til selv med [SJEKK]. Ingen garantier eller løfter som ikke står over.`,
      en: `You are an experienced project manager in a Norwegian company who writes clear, well-structured offers.

Context: The customer is a company in the {{customer_industry}} industry. The offer covers: {{scope}}. Schedule: {{schedule}}. Price: NOK {{price}} excluding VAT. The offer is valid for {{validity}}.

Task: Write a draft offer.

Format: The headings Background, Deliverables, Schedule, Price (excl. VAT, 25 per cent VAT and incl. VAT, with workings), Assumptions and reservations, and Next steps. One page at most.

Constraints: Stick to the facts in this text. Write [CUSTOMER] where the customer's name goes. Mark any assumptions you have added yourself with [CHECK]. No guarantees or promises that are not stated above.`,
    },
  },
  {
    id: 'lp-project-requirement-spec',
    title: { nb: 'Kravspesifikasjon i tre trinn', en: 'Requirement specification in three steps' },
    department: 'project',
    task: { nb: 'Kravspesifikasjon', en: 'Requirement specification' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['requirements', 'procurement', 'step-by-step'],
    placeholders: [
      {
        key: { nb: 'hva_kjøpes', en: 'what_is_bought' },
        label: { nb: 'Hva som skal kjøpes eller lages', en: 'What is to be bought or built' },
      },
      {
        key: { nb: 'brukere', en: 'users' },
        label: { nb: 'Hvem som skal bruke det', en: 'Who will use it' },
      },
      {
        key: { nb: 'viktigste_behov', en: 'main_needs' },
        label: { nb: 'De viktigste behovene', en: 'The most important needs' },
      },
    ],
    body: {
      nb: `Du er en erfaren innkjøper og prosjektleder som har skrevet mange kravspesifikasjoner.

Kontekst: Vi skal anskaffe {{hva_kjøpes}}. Brukerne er {{brukere}}. De viktigste behovene er: {{viktigste_behov}}.

Oppgave: Lag kravspesifikasjonen sammen med meg i tre trinn, og vent på svaret mitt mellom hvert trinn.
1) Still meg høyst åtte spørsmål om det du trenger å vite.
2) Foreslå en disposisjon.
3) Skriv kravene.

Format for kravene: en tabell med kolonnene ID, Krav, Prioritet (Må/Bør/Kan) og Slik tester vi det. Hvert krav skal være konkret og mulig å teste.

Begrensninger: Ikke nevn leverandører eller produktnavn. Merk antakelser med [ANTAKELSE].`,
      en: `You are an experienced purchaser and project manager who has written many requirement specifications.

Context: We are going to procure {{what_is_bought}}. The users are {{users}}. The most important needs are: {{main_needs}}.

Task: Write the requirement specification with me in three steps, and wait for my reply between each step.
1) Ask me at most eight questions about what you need to know.
2) Propose an outline.
3) Write the requirements.

Format for the requirements: a table with the columns ID, Requirement, Priority (Must/Should/Could) and How we test it. Each requirement must be concrete and testable.

Constraints: Do not mention suppliers or product names. Mark assumptions with [ASSUMPTION].`,
    },
  },
  {
    id: 'lp-project-meeting-minutes',
    title: { nb: 'Referat fra stikkord', en: 'Minutes from bullet notes' },
    department: 'project',
    task: { nb: 'Møtereferat', en: 'Meeting minutes' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['meetings', 'minutes', 'summary'],
    placeholders: [
      {
        key: { nb: 'møtetype', en: 'meeting_type' },
        label: { nb: 'Type møte', en: 'Type of meeting' },
      },
      {
        key: { nb: 'notater', en: 'notes' },
        label: {
          nb: 'Stikkordsnotater (roller, ikke navn)',
          en: 'Bullet notes (roles, not names)',
        },
      },
    ],
    body: {
      nb: `Du er en ryddig og nøyaktig møtesekretær.

Kontekst: Her er stikkordsnotatene mine fra et møte ({{møtetype}}). Deltakerne står med rolle.

Oppgave: Lag et referat.

Format: Overskriftene Beslutninger, Oppgaver (tabell: Hva, Hvem (rolle), Frist), Åpne spørsmål og Neste møte. Høyst én side.

Begrensninger: Ikke legg til noe som ikke står i notatene. Skriv [USIKKER] der notatene er uklare.

Notater:
{{notater}}`,
      en: `You are a tidy and accurate minute-taker.

Context: Here are my bullet notes from a meeting ({{meeting_type}}). The participants are listed by role.

Task: Write the minutes.

Format: The headings Decisions, Actions (table: What, Who (role), Deadline), Open questions and Next meeting. One page at most.

Constraints: Do not add anything that is not in the notes. Write [UNSURE] where the notes are unclear.

Notes:
{{notes}}`,
    },
  },
  {
    id: 'lp-project-status-report',
    title: { nb: 'Statusrapport til styringsgruppen', en: 'Status report for the steering group' },
    department: 'project',
    task: { nb: 'Statusrapport', en: 'Status report' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['reporting', 'status', 'summary'],
    placeholders: [
      {
        key: { nb: 'prosjekt', en: 'project' },
        label: { nb: 'Prosjektet (kort beskrivelse)', en: 'The project (short description)' },
      },
      { key: { nb: 'periode', en: 'period' }, label: { nb: 'Periode', en: 'Period' } },
      {
        key: { nb: 'statusnotater', en: 'status_notes' },
        label: {
          nb: 'Notater om fremdrift, økonomi og risiko',
          en: 'Notes on progress, budget and risk',
        },
      },
    ],
    body: {
      nb: `Du er prosjektleder og skriver korte, ærlige statusrapporter.

Kontekst: Prosjektet: {{prosjekt}}. Rapporten gjelder {{periode}}. Mine notater: {{statusnotater}}

Oppgave: Skriv en statusrapport til styringsgruppen.

Format: Start med en samlet status (grønn, gul eller rød) og én setning om hvorfor. Deretter punktene Fremdrift, Økonomi, Risiko og avvik, Beslutninger vi trenger og Neste periode. Høyst 250 ord.

Begrensninger: Du skal ikke pynte på situasjonen. Bruk bare fakta fra notatene, og skriv [MANGLER] der noe viktig mangler.`,
      en: `You are a project manager who writes short, honest status reports.

Context: The project: {{project}}. The report covers {{period}}. My notes: {{status_notes}}

Task: Write a status report for the steering group.

Format: Start with an overall status (green, yellow or red) and one sentence on why. Then the points Progress, Budget, Risks and deviations, Decisions we need and Next period. At most 250 words.

Constraints: Do not make the situation look better than it is. Use only facts from the notes, and write [MISSING] where something important is missing.`,
    },
  },
  {
    id: 'lp-project-risk-register',
    title: { nb: 'Risikoliste for et prosjekt', en: 'Risk register for a project' },
    department: 'project',
    task: { nb: 'Risikovurdering', en: 'Risk assessment' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['risk', 'planning'],
    placeholders: [
      {
        key: { nb: 'prosjektbeskrivelse', en: 'project_description' },
        label: { nb: 'Kort beskrivelse av prosjektet', en: 'Short description of the project' },
      },
      {
        key: { nb: 'fase', en: 'phase' },
        label: { nb: 'Fasen prosjektet er i', en: 'The phase the project is in' },
      },
    ],
    body: {
      nb: `Du er en erfaren prosjektleder med god sans for risiko.

Kontekst: Prosjektet: {{prosjektbeskrivelse}}. Vi er nå i fasen {{fase}}.

Oppgave: Foreslå de ti viktigste risikoene, og tenk gjennom dem steg for steg: hva kan gå galt, hvor sannsynlig er det, hva blir konsekvensen, og hva kan vi gjøre.

Format: En tabell med kolonnene Risiko, Sannsynlighet (1–5), Konsekvens (1–5), Tiltak og Eier (rolle). Sorter etter sannsynlighet × konsekvens.

Begrensninger: Hold deg til dette prosjektet, og unngå generelle risikoer. Merk risikoer du er usikker på med [VURDER].`,
      en: `You are an experienced project manager with a good sense of risk.

Context: The project: {{project_description}}. We are now in the {{phase}} phase.

Task: Suggest the ten most important risks, and think them through step by step: what can go wrong, how likely is it, what is the consequence, and what can we do.

Format: A table with the columns Risk, Likelihood (1–5), Impact (1–5), Mitigation and Owner (role). Sort by likelihood × impact.

Constraints: Stick to this project, and avoid generic risks. Mark risks you are unsure about with [ASSESS].`,
    },
  },
  {
    id: 'lp-project-offer-review',
    title: { nb: 'Kvalitetssjekk av et tilbud', en: 'Quality check of an offer' },
    department: 'project',
    task: { nb: 'Tilbud', en: 'Offer' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['offer', 'quality-check', 'review'],
    placeholders: [
      {
        key: { nb: 'forespørsel', en: 'request' },
        label: {
          nb: 'Kundens forespørsel (uten navn)',
          en: "The customer's request (without names)",
        },
      },
      {
        key: { nb: 'tilbudstekst', en: 'offer_text' },
        label: { nb: 'Tilbudet ditt', en: 'Your offer' },
      },
    ],
    body: {
      nb: `Du er en kritisk og erfaren kollega som leser tilbud før de sendes.

Kontekst: Under står kundens forespørsel og utkastet vårt til tilbud.

Oppgave: Sammenlign tilbudet med forespørselen, og finn det som mangler, er uklart, kan misforstås eller lover for mye.

Format: En tabell med kolonnene Sted i tilbudet, Problem, Hvorfor det betyr noe og Forslag til ny tekst. Avslutt med de tre viktigste rettelsene.

Begrensninger: Ikke skriv om hele tilbudet. Kontroller alle summer og mva, og vis utregningen.

Forespørsel:
{{forespørsel}}

Tilbud:
{{tilbudstekst}}`,
      en: `You are a critical and experienced colleague who reads offers before they are sent.

Context: Below are the customer's request and our draft offer.

Task: Compare the offer with the request, and find what is missing, unclear, open to misunderstanding or promises too much.

Format: A table with the columns Place in the offer, Problem, Why it matters and Suggested new wording. Finish with the three most important corrections.

Constraints: Do not rewrite the whole offer. Check all sums and the VAT, and show your workings.

Request:
{{request}}

Offer:
{{offer_text}}`,
    },
  },
  {
    id: 'lp-project-roi-case',
    title: {
      nb: 'Gevinstberegning for et KI-brukstilfelle',
      en: 'Benefit calculation for an AI use case',
    },
    department: 'project',
    task: { nb: 'Gevinstberegning', en: 'ROI calculation' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['roi', 'measurement', 'reporting'],
    placeholders: [
      {
        key: { nb: 'oppgave', en: 'task' },
        label: { nb: 'Oppgaven KI brukes til', en: 'The task AI is used for' },
      },
      {
        key: { nb: 'tid_før', en: 'time_before' },
        label: { nb: 'Timer per gang før', en: 'Hours each time before' },
      },
      {
        key: { nb: 'tid_etter', en: 'time_after' },
        label: { nb: 'Timer per gang nå', en: 'Hours each time now' },
      },
      {
        key: { nb: 'antall_per_år', en: 'times_per_year' },
        label: { nb: 'Antall ganger per år', en: 'Number of times per year' },
      },
      {
        key: { nb: 'timekost', en: 'hourly_cost' },
        label: { nb: 'Gjennomsnittlig timekost (kr)', en: 'Average hourly cost (NOK)' },
      },
      {
        key: { nb: 'kostnader', en: 'costs' },
        label: { nb: 'Kostnader (lisenser, opplæring)', en: 'Costs (licences, training)' },
      },
    ],
    body: {
      nb: `Du er en nøktern økonomirådgiver.

Kontekst: Vi bruker KI til {{oppgave}}. Før tok det {{tid_før}} timer per gang, nå {{tid_etter}} timer. Vi gjør det {{antall_per_år}} ganger i året. Gjennomsnittlig timekost er {{timekost}} kroner. Kostnader: {{kostnader}}.

Oppgave: Regn ut nytte, kostnad og ROI = (nytte − kostnad) / kostnad × 100.

Format: En tabell med lavt, middels og høyt anslag, med alle mellomregninger. Under tabellen: hvilke tall som er målt, selvrapportert eller modellert, og hvordan vi kan måle bedre.

Begrensninger: Hold deg til tallene over. Skriv [MANGLER] hvis du trenger et tall til. Ingen bransjetall eller kilder du ikke kan vise til.`,
      en: `You are a sober financial adviser.

Context: We use AI for {{task}}. Before, it took {{time_before}} hours each time; now it takes {{time_after}} hours. We do it {{times_per_year}} times a year. The average hourly cost is NOK {{hourly_cost}}. Costs: {{costs}}.

Task: Calculate the benefit, the cost and ROI = (benefit − cost) / cost × 100.

Format: A table with a low, a middle and a high estimate, with all workings. Below the table: which figures are measured, self-reported or modelled, and how we can measure better.

Constraints: Stick to the figures above. Write [MISSING] if you need another figure. No industry figures or sources you cannot point to.`,
    },
  },
] satisfies LibraryPrompt[]
