import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-it-user-guide',
    title: { nb: 'Brukerveiledning i enkelt språk', en: 'A user guide in plain language' },
    department: 'it',
    task: { nb: 'Brukerveiledning', en: 'User guide' },
    level: 'basic',
    dataClass: 'green',
    tags: ['user-guide', 'plain-language', 'support'],
    placeholders: [
      {
        key: { nb: 'systemnavn', en: 'system_name' },
        label: { nb: 'Systemet eller funksjonen', en: 'The system or feature' },
      },
      {
        key: { nb: 'stegene', en: 'the_steps' },
        label: { nb: 'Stegene som stikkord', en: 'The steps as bullet points' },
      },
      {
        key: { nb: 'brukere', en: 'users' },
        label: { nb: 'Hvem som skal bruke veiledningen', en: 'Who will use the guide' },
      },
    ],
    body: {
      nb: `Du er en IT-veileder som skriver for folk som ikke er interessert i IT.

Kontekst: Veiledningen gjelder {{systemnavn}} og skal brukes av {{brukere}}. Stegene: {{stegene}}.

Oppgave: Skriv en kort brukerveiledning.

Format: Nummererte steg, ett grep per steg, med [SKJERMBILDE] der et bilde hjelper. Til slutt: «Hvis det ikke virker» med de to vanligste feilene.

Begrensninger: Bruk ordene brukeren ser på skjermen. Ikke legg til steg som ikke står over. Ingen fagord uten forklaring.`,
      en: `You are an IT guide who writes for people who are not interested in IT.

Context: The guide is for {{system_name}} and will be used by {{users}}. The steps: {{the_steps}}.

Task: Write a short user guide.

Format: Numbered steps, one action per step, with [SCREENSHOT] where a picture helps. Finally: "If it does not work" with the two most common problems.

Constraints: Use the words the user sees on the screen. Do not add steps that are not listed above. No technical terms without an explanation.`,
    },
  },
  {
    id: 'lp-it-support-reply',
    title: { nb: 'Svar på en brukerstøttesak', en: 'Reply to a support ticket' },
    department: 'it',
    task: { nb: 'Brukerstøtte', en: 'IT support' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['support', 'email', 'security'],
    placeholders: [
      {
        key: { nb: 'sak', en: 'ticket' },
        label: {
          nb: 'Saken, uten navn og brukernavn',
          en: 'The ticket, without names or user names',
        },
      },
      {
        key: { nb: 'løsning', en: 'solution' },
        label: { nb: 'Løsningen eller neste steg', en: 'The solution or next step' },
      },
    ],
    body: {
      nb: `Du er en vennlig og presis medarbeider i IT-brukerstøtte.

Kontekst: Saken: {{sak}}. Løsning eller neste steg: {{løsning}}.

Oppgave: Skriv et svar til brukeren.

Format: Høyst 120 ord: kort bekreftelse av problemet, stegene brukeren skal gjøre, og hva brukeren gjør hvis det ikke virker.

Begrensninger: Be aldri om passord eller engangskoder. Ikke foreslå verktøy eller nettsider som ikke er godkjent hos oss. Tiltal brukeren som [NAVN].`,
      en: `You are a friendly and precise member of IT support.

Context: The ticket: {{ticket}}. Solution or next step: {{solution}}.

Task: Write a reply to the user.

Format: At most 120 words: a short confirmation of the problem, the steps the user should take, and what the user does if it does not work.

Constraints: Never ask for passwords or one-time codes. Do not suggest tools or websites that are not approved here. Address the user as [NAME].`,
    },
  },
  {
    id: 'lp-it-incident-report',
    title: { nb: 'Hendelsesrapport etter et driftsavbrudd', en: 'Incident report after an outage' },
    department: 'it',
    task: { nb: 'Hendelsesrapport', en: 'Incident report' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['incident', 'report', 'security'],
    placeholders: [
      {
        key: { nb: 'hendelsesnotater', en: 'incident_notes' },
        label: {
          nb: 'Notatene fra hendelsen (tider, hva som skjedde, hva dere gjorde)',
          en: 'Your notes on the incident (times, what happened, what you did)',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren driftsleder som skriver ryddige hendelsesrapporter uten å lete etter syndebukker.

Kontekst: Her er notatene fra hendelsen: {{hendelsesnotater}}

Oppgave: Lag en hendelsesrapport.

Format: Overskriftene Sammendrag, Tidslinje, Konsekvenser, Årsak, Tiltak som er gjort og Tiltak framover (med ansvarlig rolle). Skill tydelig mellom bekreftet årsak og mulig årsak.

Begrensninger: Ikke legg til tider eller hendelser som ikke står i notatene. Hvis personopplysninger kan ha kommet på avveie, skriv øverst: «Vurder avvik: si fra til personvernombudet nå – noen avvik skal meldes til Datatilsynet innen 72 timer.»`,
      en: `You are an experienced operations manager who writes tidy incident reports without looking for scapegoats.

Context: Here are the notes on the incident: {{incident_notes}}

Task: Write an incident report.

Format: The headings Summary, Timeline, Impact, Cause, Actions taken and Actions ahead (with an owner by role). Separate a confirmed cause clearly from a possible cause.

Constraints: Do not add times or events that are not in the notes. If personal data may have been exposed, write at the top: "Assess a breach: tell the data protection officer now – some breaches must be reported to Datatilsynet within 72 hours."`,
    },
  },
  {
    id: 'lp-it-script-review',
    title: { nb: 'Forklar og gjennomgå et skript', en: 'Explain and review a script' },
    department: 'it',
    task: { nb: 'Kodegjennomgang', en: 'Code review' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['code', 'review', 'security'],
    placeholders: [
      {
        key: { nb: 'skript', en: 'script' },
        label: {
          nb: 'Skriptet, med [HEMMELIG] i stedet for passord, nøkler og adresser',
          en: 'The script, with [SECRET] instead of passwords, keys and addresses',
        },
      },
      {
        key: { nb: 'formål', en: 'purpose' },
        label: { nb: 'Hva skriptet skal gjøre', en: 'What the script should do' },
      },
    ],
    body: {
      nb: `Du er en erfaren utvikler som gjør grundige og vennlige kodegjennomganger.

Kontekst: Skriptet skal {{formål}}. Passord, nøkler og interne adresser er byttet ut med [HEMMELIG].

Oppgave: Forklar hva skriptet gjør, og finn feil og risikoer.

Format: Først en forklaring i fem punkter. Så en tabell med Linje, Problem, Hvor alvorlig (lav, middels, høy) og Forslag. Til slutt: hva som bør testes før skriptet kjøres i drift.

Begrensninger: Ikke skriv om hele skriptet. Si fra hvis du er usikker på hva en linje gjør, i stedet for å gjette. Foreslå aldri å legge hemmeligheter rett i koden.

Skript:
{{skript}}`,
      en: `You are an experienced developer who does thorough and friendly code reviews.

Context: The script should {{purpose}}. Passwords, keys and internal addresses have been replaced with [SECRET].

Task: Explain what the script does, and find errors and risks.

Format: First an explanation in five points. Then a table with Line, Problem, Severity (low, medium, high) and Suggestion. Finally: what should be tested before the script runs in production.

Constraints: Do not rewrite the whole script. Say so if you are unsure what a line does, instead of guessing. Never suggest putting secrets straight into the code.

Script:
{{script}}`,
    },
  },
  {
    id: 'lp-it-ai-tool-assessment',
    title: {
      nb: 'Vurder et nytt KI-verktøy før godkjenning',
      en: 'Assess a new AI tool before approval',
    },
    department: 'it',
    task: { nb: 'Verktøyvurdering', en: 'Tool assessment' },
    level: 'expert',
    dataClass: 'green',
    tags: ['approval', 'data-rules', 'ai-act'],
    placeholders: [
      {
        key: { nb: 'verktøy', en: 'tool' },
        label: { nb: 'Verktøyet og leverandøren', en: 'The tool and the supplier' },
      },
      {
        key: { nb: 'vilkår', en: 'terms' },
        label: {
          nb: 'Leverandørens offentlige vilkår (utdrag)',
          en: "The supplier's public terms (extract)",
        },
      },
      {
        key: { nb: 'bruksområde', en: 'intended_use' },
        label: { nb: 'Hva verktøyet skal brukes til', en: 'What the tool will be used for' },
      },
    ],
    body: {
      nb: `Du er en IT-sikkerhetsrådgiver som vurderer skytjenester for norske virksomheter.

Kontekst: Vi vurderer {{verktøy}} til {{bruksområde}}. Her er et utdrag av de offentlige vilkårene: {{vilkår}}

Oppgave: Lag en vurdering vi kan bruke før vi eventuelt godkjenner verktøyet.

Format: En sjekkliste med Spørsmål, Hva vilkårene sier, og Må avklares med leverandøren. Ta med: databehandleravtale, hvor data lagres og behandles, om innholdet brukes til trening, innlogging med jobbkonto, logging, sletting, og hvilke dataklasser (grønn, gul, rød) verktøyet kan godkjennes for. Til slutt: vår rolle etter KI-forordningen (leverandør eller idriftsetter).

Begrensninger: Siter bare det som står i vilkårene; skriv [IKKE OMTALT] der de ikke sier noe. Skriv [SJEKK] ved lovhenvisninger. Ikke konkluder med at verktøyet er lovlig.`,
      en: `You are an IT security adviser who assesses cloud services for Norwegian organisations.

Context: We are considering {{tool}} for {{intended_use}}. Here is an extract of the public terms: {{terms}}

Task: Write an assessment we can use before we might approve the tool.

Format: A checklist with Question, What the terms say, and To settle with the supplier. Include: the data processing agreement, where data is stored and processed, whether content is used for training, sign-in with the work account, logging, deletion, and which data classes (green, yellow, red) the tool can be approved for. Finally: our role under the AI Act (provider or deployer).

Constraints: Quote only what is in the terms; write [NOT COVERED] where they say nothing. Write [CHECK] next to legal references. Do not conclude that the tool is lawful.`,
    },
  },
] satisfies LibraryPrompt[]
