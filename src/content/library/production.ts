import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-production-work-instruction',
    title: { nb: 'Arbeidsinstruks fra stikkord', en: 'Work instruction from bullet notes' },
    department: 'production',
    task: { nb: 'Arbeidsinstruks', en: 'Work instruction' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['work-instruction', 'safety', 'writing'],
    placeholders: [
      {
        key: { nb: 'arbeidsoppgave', en: 'task' },
        label: { nb: 'Arbeidsoppgaven', en: 'The task' },
      },
      {
        key: { nb: 'stikkord', en: 'bullet_points' },
        label: { nb: 'Stegene i stikkordsform', en: 'The steps as bullet notes' },
      },
      {
        key: { nb: 'sikkerhetskrav', en: 'safety_requirements' },
        label: {
          nb: 'Sikkerhetskrav og verneutstyr',
          en: 'Safety requirements and protective equipment',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren skiftleder som skriver arbeidsinstrukser som er lette å følge.

Kontekst: Oppgaven er {{arbeidsoppgave}}. Stegene slik vi gjør dem i dag: {{stikkord}}. Sikkerhetskrav: {{sikkerhetskrav}}.

Oppgave: Skriv en arbeidsinstruks.

Format: Tittel, Formål (én setning), Før du starter (verneutstyr og kontroller), nummererte steg med ett verb først i hvert steg, Hvis noe går galt, og Kvittering (hvem godkjenner instruksen). Høyst én side.

Begrensninger: Ikke legg til, fjern eller endre rekkefølgen på steg; skriv [SJEKK] der stikkordene er uklare. Sikkerhetskravene skal stå før stegene. Enkelt språk som også fungerer for dem som har norsk som andrespråk. Instruksen må godkjennes av fagansvarlig før bruk.`,
      en: `You are an experienced shift leader who writes work instructions that are easy to follow.

Context: The task is {{task}}. The steps as we do them today: {{bullet_points}}. Safety requirements: {{safety_requirements}}.

Task: Write a work instruction.

Format: Title, Purpose (one sentence), Before you start (protective equipment and checks), numbered steps with a verb first in each step, If something goes wrong, and Sign-off (who approves the instruction). One page at most.

Constraints: Do not add, remove or reorder steps; write [CHECK] where the notes are unclear. The safety requirements must come before the steps. Simple language that also works for people with Norwegian as a second language. The instruction must be approved by the person responsible before use.`,
    },
  },
  {
    id: 'lp-production-deviation-report',
    title: { nb: 'Avviksrapport fra notater', en: 'Deviation report from notes' },
    department: 'production',
    task: { nb: 'Avvik', en: 'Deviation' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['deviation', 'hse', 'reporting'],
    placeholders: [
      {
        key: { nb: 'avviksnotater', en: 'deviation_notes' },
        label: {
          nb: 'Notater om avviket (roller, ikke navn)',
          en: 'Notes about the deviation (roles, not names)',
        },
      },
    ],
    body: {
      nb: `Du er HMS-rådgiver i en norsk produksjonsbedrift.

Kontekst: Her er notatene mine om et avvik: {{avviksnotater}}

Oppgave: Lag et utkast til avviksrapport.

Format: Overskriftene Hva skjedde (tid, sted, hva), Strakstiltak, Mulige årsaker, Forslag til tiltak (med ansvarlig rolle og frist) og Hva må avklares.

Begrensninger: Bruk roller, og ikke nevn personer ved navn. Beskriv systemet, ikke skyld på personer. Merk antakelser med [ANTAKELSE]. Gjelder avviket en personskade, skal helseopplysninger ikke med her; før dem bare inn i avvikssystemet.`,
      en: `You are an HSE adviser in a Norwegian manufacturing company.

Context: Here are my notes about a deviation: {{deviation_notes}}

Task: Draft a deviation report.

Format: The headings What happened (time, place, what), Immediate actions, Possible causes, Suggested measures (with responsible role and deadline) and What needs clarifying.

Constraints: Use roles, not names. Describe the system; do not blame people. Mark assumptions with [ASSUMPTION]. If the deviation involves an injury, health details do not belong here; record them only in the deviation system.`,
    },
  },
  {
    id: 'lp-production-root-cause',
    title: { nb: 'Årsaksanalyse med «5 hvorfor»', en: 'Root-cause analysis with "5 whys"' },
    department: 'production',
    task: { nb: 'Årsaksanalyse', en: 'Root-cause analysis' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['root-cause', 'continuous-improvement', 'step-by-step'],
    placeholders: [
      {
        key: { nb: 'problem', en: 'problem_description' },
        label: { nb: 'Problemet', en: 'The problem' },
      },
      {
        key: { nb: 'fakta', en: 'facts' },
        label: { nb: 'Det vi vet (data, observasjoner)', en: 'What we know (data, observations)' },
      },
    ],
    body: {
      nb: `Du er en erfaren forbedringsleder innen lean.

Kontekst: Problemet: {{problem}}. Det vi vet: {{fakta}}.

Oppgave: Led meg gjennom en «5 hvorfor»-analyse, ett spørsmål om gangen. Still ett «hvorfor»-spørsmål, vent på svaret mitt, og still det neste ut fra svaret. Når vi er ferdige, oppsummer.

Format for oppsummeringen: årsakskjeden som en nummerert liste, rotårsaken, tre forslag til tiltak som hindrer at det skjer igjen, og hvordan vi måler at tiltakene virker.

Begrensninger: Skill mellom det vi vet og det vi tror. Ikke stopp ved «menneskelig feil»; spør hva i systemet som gjorde feilen mulig.`,
      en: `You are an experienced continuous-improvement lead in lean.

Context: The problem: {{problem_description}}. What we know: {{facts}}.

Task: Guide me through a "5 whys" analysis, one question at a time. Ask one "why" question, wait for my answer, and ask the next one based on it. When we are done, summarise.

Format for the summary: the chain of causes as a numbered list, the root cause, three suggested measures that stop it happening again, and how we will measure that the measures work.

Constraints: Separate what we know from what we think. Do not stop at "human error"; ask what in the system made the error possible.`,
    },
  },
  {
    id: 'lp-production-shift-handover',
    title: { nb: 'Skiftoverlevering', en: 'Shift handover' },
    department: 'production',
    task: { nb: 'Skiftoverlevering', en: 'Shift handover' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['handover', 'shifts', 'summary'],
    placeholders: [
      {
        key: { nb: 'skiftnotater', en: 'shift_notes' },
        label: { nb: 'Notater fra skiftet', en: 'Notes from the shift' },
      },
    ],
    body: {
      nb: `Du er skiftleder og skriver korte, tydelige overleveringer.

Kontekst: Her er notatene mine fra skiftet: {{skiftnotater}}

Oppgave: Skriv en overlevering til neste skift.

Format: Fire korte deler: Sikkerhet først (alt som gjelder HMS), Status per linje eller maskin, Åpne saker med hva neste skift må gjøre, og Til orientering. Høyst 150 ord, punktform.

Begrensninger: Hold deg til det som står i notatene. Sikkerhetssaker øverst, selv om de er små. Bruk roller, ikke navn. Skriv [UKLART] der notatene ikke sier nok.`,
      en: `You are a shift leader who writes short, clear handovers.

Context: Here are my notes from the shift: {{shift_notes}}

Task: Write a handover to the next shift.

Format: Four short parts: Safety first (anything to do with HSE), Status per line or machine, Open issues with what the next shift must do, and For information. At most 150 words, in bullet points.

Constraints: Only what is in the notes. Safety issues at the top, even small ones. Use roles, not names. Write [UNCLEAR] where the notes do not say enough.`,
    },
  },
  {
    id: 'lp-production-sja-draft',
    title: { nb: 'Utkast til sikker jobbanalyse (SJA)', en: 'Draft safe job analysis (SJA)' },
    department: 'production',
    task: { nb: 'Sikker jobbanalyse', en: 'Safe job analysis' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['safety', 'risk', 'hse'],
    placeholders: [
      {
        key: { nb: 'jobb', en: 'job' },
        label: { nb: 'Jobben som skal gjøres', en: 'The job to be done' },
      },
      {
        key: { nb: 'sted_og_utstyr', en: 'place_and_equipment' },
        label: { nb: 'Sted og utstyr', en: 'Place and equipment' },
      },
    ],
    body: {
      nb: `Du er HMS-rådgiver med lang erfaring fra sikker jobbanalyse i industrien.

Kontekst: Jobben: {{jobb}}. Sted og utstyr: {{sted_og_utstyr}}.

Oppgave: Lag et utkast til SJA som teamet kan bruke som utgangspunkt i SJA-møtet. Del jobben i steg, og tenk gjennom farene for hvert steg.

Format: En tabell med kolonnene Steg, Fare, Hva kan skje, Tiltak og Ansvarlig (rolle). Avslutt med en liste over spørsmål teamet bør diskutere før jobben starter.

Begrensninger: Dette er et utkast. Skriv tydelig øverst at SJA-en skal gjennomgås og godkjennes av dem som gjør jobben og av ansvarlig leder. Ikke finn på forskriftskrav; skriv [SJEKK FORSKRIFT] der et krav kan gjelde.`,
      en: `You are an HSE adviser with long experience of safe job analysis in industry.

Context: The job: {{job}}. Place and equipment: {{place_and_equipment}}.

Task: Draft an SJA that the team can use as a starting point in the SJA meeting. Break the job into steps, and think through the hazards of each step.

Format: A table with the columns Step, Hazard, What could happen, Measure and Responsible (role). Finish with a list of questions the team should discuss before the job starts.

Constraints: This is a draft. State clearly at the top that the SJA must be reviewed and approved by those doing the job and by the manager in charge. Do not invent regulatory requirements; write [CHECK REGULATIONS] where a requirement may apply.`,
    },
  },
  {
    id: 'lp-production-simple-language',
    title: {
      nb: 'Instruks på enkelt språk eller et annet språk',
      en: 'An instruction in simple language or another language',
    },
    department: 'production',
    task: { nb: 'Oversettelse', en: 'Translation' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['translation', 'plain-language', 'work-instruction'],
    placeholders: [
      {
        key: { nb: 'instruks', en: 'instruction' },
        label: { nb: 'Instruksen', en: 'The instruction' },
      },
      {
        key: { nb: 'språk', en: 'language' },
        label: {
          nb: 'Språk (f.eks. enkelt norsk, polsk, litauisk)',
          en: 'Language (e.g. simple Norwegian, Polish, Lithuanian)',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren oversetter for industrien.

Kontekst: Instruksen under brukes av operatører som leser best på {{språk}}.

Oppgave: Skriv instruksen om til {{språk}}, med korte setninger og vanlige ord.

Format: Samme oppbygning og nummerering som originalen. Under teksten: en liste over fagord du var usikker på, med originalordet ved siden av.

Begrensninger: Du skal ikke endre innholdet, tallene eller rekkefølgen på stegene. Sikkerhetsadvarsler skal være like tydelige som i originalen. Oversettelsen må sjekkes av en kollega som kan språket, før den henges opp.

Instruks:
{{instruks}}`,
      en: `You are an experienced translator for industry.

Context: The instruction below is used by operators who read best in {{language}}.

Task: Rewrite the instruction in {{language}}, with short sentences and everyday words.

Format: The same structure and numbering as the original. Below the text: a list of technical terms you were unsure of, with the original word next to each.

Constraints: Do not change the content, the figures or the order of the steps. Safety warnings must be as clear as in the original. The translation must be checked by a colleague who knows the language before it is posted.

Instruction:
{{instruction}}`,
    },
  },
] satisfies LibraryPrompt[]
