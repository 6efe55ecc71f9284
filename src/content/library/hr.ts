import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-hr-job-ad',
    title: { nb: 'Inkluderende stillingsannonse', en: 'Inclusive job ad' },
    department: 'hr',
    task: { nb: 'Rekruttering', en: 'Recruitment' },
    level: 'basic',
    dataClass: 'green',
    tags: ['recruitment', 'job-ad', 'inclusion'],
    placeholders: [
      {
        key: { nb: 'stilling', en: 'job_title' },
        label: { nb: 'Stillingstittel', en: 'Job title' },
      },
      { key: { nb: 'oppgaver', en: 'tasks' }, label: { nb: 'Oppgaver', en: 'Tasks' } },
      { key: { nb: 'krav', en: 'requirements' }, label: { nb: 'Krav', en: 'Requirements' } },
      {
        key: { nb: 'fordeler', en: 'advantages' },
        label: { nb: 'Det som er en fordel', en: 'What is an advantage' },
      },
      {
        key: { nb: 'vi_tilbyr', en: 'we_offer' },
        label: { nb: 'Hva vi tilbyr', en: 'What we offer' },
      },
      {
        key: { nb: 'søknadsfrist', en: 'closing_date' },
        label: { nb: 'Søknadsfrist', en: 'Closing date' },
      },
    ],
    body: {
      nb: `Du er en erfaren rekrutterer som skriver i klarspråk og når bredt ut.

Kontekst: Vi søker {{stilling}}. Oppgaver: {{oppgaver}}. Krav: {{krav}}. En fordel: {{fordeler}}. Vi tilbyr: {{vi_tilbyr}}. Søknadsfrist: {{søknadsfrist}}.

Oppgave: Skriv en stillingsannonse.

Format: Tittel, to setninger om hvorfor jobben er meningsfull, punktlister for Oppgaver, Vi ser etter deg som og Vi tilbyr, og til slutt hvordan man søker. Høyst 250 ord.

Begrensninger: Skill tydelig mellom krav og fordeler, og ikke legg til krav. Ingen ord som viser til alder, kjønn, opprinnelse eller funksjonsevne. Skriv [KONTAKTPERSON] der kontaktinformasjonen skal stå. Gå til slutt gjennom teksten og pek ut formuleringer som kan stenge noen ute.`,
      en: `You are an experienced recruiter who writes in plain language and reaches a wide audience.

Context: The position: {{job_title}}. Tasks: {{tasks}}. Requirements: {{requirements}}. An advantage: {{advantages}}. We offer: {{we_offer}}. Closing date: {{closing_date}}.

Task: Write a job ad.

Format: A title, two sentences on why the job is meaningful, bullet lists for What you will do, We are looking for someone who and We offer, and finally how to apply. At most 250 words.

Constraints: Separate requirements clearly from advantages, and do not add requirements. No words that refer to age, gender, origin or disability. Write [CONTACT PERSON] where the contact details go. Finally, go through the text and point out any wording that could shut someone out.`,
    },
  },
  {
    id: 'lp-hr-interview-guide',
    title: { nb: 'Strukturert intervjuguide', en: 'Structured interview guide' },
    department: 'hr',
    task: { nb: 'Rekruttering', en: 'Recruitment' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['recruitment', 'interview', 'fairness'],
    placeholders: [
      {
        key: { nb: 'stilling', en: 'job_title' },
        label: { nb: 'Stillingstittel', en: 'Job title' },
      },
      {
        key: { nb: 'kompetanser', en: 'competencies' },
        label: { nb: 'De 4–5 viktigste kompetansene', en: 'The 4–5 most important competencies' },
      },
    ],
    body: {
      nb: `Du er en erfaren HR-rådgiver som lager rettferdige, strukturerte intervjuer.

Kontekst: Vi skal intervjue kandidater til stillingen {{stilling}}. De viktigste kompetansene er: {{kompetanser}}.

Oppgave: Lag en intervjuguide der alle kandidater får de samme spørsmålene.

Format: For hver kompetanse: to atferdsbaserte spørsmål («Fortell om en gang da …»), ett oppfølgingsspørsmål og en vurderingsskala fra 1 til 5 med en kort beskrivelse av hva som gir 1, 3 og 5. Avslutt med en liste over spørsmål vi ikke skal stille.

Begrensninger: Ikke ta med spørsmål om alder, familie, graviditet, helse, religion, politisk syn eller fagforeningsmedlemskap. Språket skal være enkelt og vennlig.`,
      en: `You are an experienced HR adviser who designs fair, structured interviews.

Context: We are going to interview candidates for the position of {{job_title}}. The most important competencies are: {{competencies}}.

Task: Create an interview guide in which every candidate gets the same questions.

Format: For each competency: two behavioural questions ("Tell me about a time when …"), one follow-up question and a rating scale from 1 to 5 with a short description of what earns a 1, a 3 and a 5. Finish with a list of questions we must not ask.

Constraints: No questions about age, family, pregnancy, health, religion, political views or union membership. The language should be simple and friendly.`,
    },
  },
  {
    id: 'lp-hr-onboarding-plan',
    title: { nb: 'Opplæringsplan for nyansatte', en: 'Onboarding plan for new employees' },
    department: 'hr',
    task: { nb: 'Mottak av nyansatte', en: 'Onboarding' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['onboarding', 'planning', 'training'],
    placeholders: [
      { key: { nb: 'stilling', en: 'job_title' }, label: { nb: 'Stillingen', en: 'The position' } },
      {
        key: { nb: 'sjekklister', en: 'checklists' },
        label: { nb: 'Sjekklistene og rutinene dere har', en: 'Your checklists and routines' },
      },
      {
        key: { nb: 'antall_dager', en: 'number_of_days' },
        label: {
          nb: 'Antall arbeidsdager planen skal dekke',
          en: 'Number of working days the plan should cover',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren opplæringsansvarlig.

Kontekst: Vi får en ny medarbeider i stillingen {{stilling}}. Her er sjekklistene og rutinene vi bruker: {{sjekklister}}

Oppgave: Lag en opplæringsplan for de første {{antall_dager}} arbeidsdagene.

Format: Én tabell per dag med kolonnene Tid, Aktivitet og Ansvarlig (rolle). Sett av tid til en fadder og til korte oppfølgingssamtaler. Avslutt med en liste over det som må være på plass før den nye kan jobbe selvstendig.

Begrensninger: Bruk bare innholdet i sjekklistene. Høyst seks timer planlagt opplæring per dag. Skriv [AVKLAR] der noe mangler. Ikke ta med noe om den nye personen utover stillingen.`,
      en: `You are an experienced training coordinator.

Context: A new employee is joining us as {{job_title}}. Here are the checklists and routines we use: {{checklists}}

Task: Make a training plan for the first {{number_of_days}} working days.

Format: One table per day with the columns Time, Activity and Responsible (role). Set aside time for a buddy and for short follow-up talks. Finish with a list of what must be in place before the newcomer can work independently.

Constraints: Use only the content of the checklists. At most six hours of planned training per day. Write [CLARIFY] where something is missing. Do not include anything about the new person beyond the position.`,
    },
  },
  {
    id: 'lp-hr-policy-plain-language',
    title: { nb: 'Retningslinje i klarspråk', en: 'A policy in plain language' },
    department: 'hr',
    task: { nb: 'Personalhåndbok', en: 'Staff handbook' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['policy', 'plain-language', 'handbook'],
    placeholders: [
      {
        key: { nb: 'retningslinje', en: 'policy' },
        label: { nb: 'Retningslinjen slik den er i dag', en: 'The policy as it is today' },
      },
      {
        key: { nb: 'lesere', en: 'readers' },
        label: { nb: 'Hvem som skal lese den', en: 'Who will read it' },
      },
    ],
    body: {
      nb: `Du er en HR-rådgiver som er flink til klarspråk.

Kontekst: Retningslinjen under skal leses av {{lesere}}, mange på mobil.

Oppgave: Skriv retningslinjen om slik at den er lett å forstå og lett å følge.

Format: En innledning på én setning om hvorfor regelen finnes, deretter «Slik gjør du det» som nummererte steg, og til slutt «Hvem spør du?». Til slutt, separat: en liste over alt du har endret i innholdet, hvis noe.

Begrensninger: Ikke endre regler, frister eller beløp. Er noe i originalen uklart eller motstridende, skriv [UKLART I ORIGINALEN] i stedet for å gjette.

Retningslinje:
{{retningslinje}}`,
      en: `You are an HR adviser with a talent for plain language.

Context: The policy below will be read by {{readers}}, many of them on a phone.

Task: Rewrite the policy so that it is easy to understand and easy to follow.

Format: A one-sentence introduction on why the rule exists, then "How to do it" as numbered steps, and finally "Who do you ask?". At the end, separately: a list of anything you have changed in the content, if anything.

Constraints: Do not change rules, deadlines or amounts. If anything in the original is unclear or contradictory, write [UNCLEAR IN THE ORIGINAL] instead of guessing.

Policy:
{{policy}}`,
    },
  },
  {
    id: 'lp-hr-survey-themes',
    title: {
      nb: 'Temaer i fritekstsvar fra en stor undersøkelse',
      en: 'Themes in free-text answers from a large survey',
    },
    department: 'hr',
    task: { nb: 'Medarbeiderundersøkelse', en: 'Employee survey' },
    level: 'intermediate',
    dataClass: 'red',
    tags: ['survey', 'analysis', 'privacy'],
    placeholders: [
      {
        key: { nb: 'kommentarer', en: 'comments' },
        label: {
          nb: 'Kommentarene, omskrevet uten navn, roller, steder, datoer og hendelser som kan peke på noen',
          en: 'The comments, rewritten without names, roles, places, dates and events that could point to someone',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren analytiker av medarbeiderundersøkelser som tar personvern på alvor.

Kontekst: Under står fritekstsvar fra en undersøkelse i hele virksomheten, ikke fra én liten avdeling. Jeg har omskrevet svarene og fjernet navn, roller, steder, datoer og hendelser som kan peke på noen. Svarene kan likevel være følsomme, og prompten skal bare brukes i et verktøy som er godkjent for røde data.

Oppgave: Finn de viktigste temaene i svarene.

Format: En tabell med kolonnene Tema, Hvor vanlig (enkelte, flere eller mange), Typisk formulering (omskrevet, ikke sitat) og Mulig tiltak. Avslutt med tre spørsmål ledelsen bør stille seg.

Begrensninger: Oppgi ikke antall svar per tema – i en liten virksomhet kan tall peke på personer. Nevn bare temaer som flere svar tar opp. Hvis et svar handler om helse, en konflikt eller en bestemt person, gjengi det ikke: skriv [FØLSOMT – HR FØLGER OPP DIREKTE]. Ikke gjett hvem som har skrevet hva.

Svar:
{{kommentarer}}`,
      en: `You are an experienced analyst of employee surveys who takes privacy seriously.

Context: Below are free-text answers from a survey of the whole organisation, not of one small department. I have rewritten the answers and removed names, roles, places, dates and events that could point to someone. The answers may still be sensitive, and this prompt may only be used in a tool approved for red data.

Task: Find the most important themes in the answers.

Format: A table with the columns Theme, How common (a few, several or many), Typical wording (paraphrased, not quoted) and Possible action. Finish with three questions management should ask itself.

Constraints: Do not give the number of answers per theme – in a small organisation, numbers can point to people. Only name themes that several answers raise. If an answer is about health, a conflict or a particular person, do not reproduce it: write [SENSITIVE – HR FOLLOWS UP DIRECTLY]. Do not guess who wrote what.

Answers:
{{comments}}`,
    },
  },
  {
    id: 'lp-hr-ai-training-plan',
    title: {
      nb: 'Plan for KI-kompetanseløft i en avdeling',
      en: 'AI upskilling plan for a department',
    },
    department: 'hr',
    task: { nb: 'Kompetanseutvikling', en: 'Skills development' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['ai-strategy', 'training', 'planning'],
    placeholders: [
      {
        key: { nb: 'avdeling', en: 'department' },
        label: { nb: 'Avdeling og antall ansatte', en: 'Department and number of employees' },
      },
      {
        key: { nb: 'kartlegging', en: 'survey_findings' },
        label: {
          nb: 'Funn fra kartleggingen (samlet, ikke per person)',
          en: 'Findings from the survey (aggregated, not per person)',
        },
      },
      {
        key: { nb: 'godkjente_verktøy', en: 'approved_tools' },
        label: { nb: 'Godkjente KI-verktøy', en: 'Approved AI tools' },
      },
    ],
    body: {
      nb: `Du er en HR-rådgiver med erfaring fra kompetanseutvikling og endringsledelse.

Kontekst: Avdelingen: {{avdeling}}. Samlede funn fra kartleggingen: {{kartlegging}}. Godkjente verktøy: {{godkjente_verktøy}}.

Oppgave: Lag en plan for et kompetanseløft i KI over ti uker. Følg 70-20-10: 70 prosent læring på egne oppgaver, 20 prosent erfaringsutveksling og 10 prosent kort teori. Start med en pilotgruppe.

Format: En tabell per fase (uke 1–2 kartlegging, uke 3 ferdighetsmatrise, uke 4–5 opplegg, uke 6–9 bruk og veiledning, uke 10 måling) med aktiviteter, ansvarlig rolle og hva vi måler. Avslutt med tre suksesskriterier med tall.

Begrensninger: Hold deg til de godkjente verktøyene. Dataregler og personvern skal komme først i opplæringen. Realistisk tidsbruk: høyst én time i uka per ansatt.`,
      en: `You are an HR adviser with experience of skills development and change management.

Context: The department: {{department}}. Aggregated findings from the survey: {{survey_findings}}. Approved tools: {{approved_tools}}.

Task: Make a ten-week plan for upskilling in AI. Follow 70-20-10: 70 per cent learning on your own tasks, 20 per cent sharing experience and 10 per cent short theory. Start with a pilot group.

Format: A table per phase (weeks 1–2 mapping, week 3 skills matrix, weeks 4–5 programme, weeks 6–9 use and coaching, week 10 measurement) with activities, responsible role and what we measure. Finish with three success criteria with figures.

Constraints: Stick to the approved tools. Data rules and privacy must come first in the training. Realistic time use: at most one hour a week per employee.`,
    },
  },
] satisfies LibraryPrompt[]
