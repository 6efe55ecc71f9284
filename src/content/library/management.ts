import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-management-meeting-minutes',
    title: { nb: 'Referat fra ledermøtet', en: 'Minutes of the leadership meeting' },
    department: 'management',
    task: { nb: 'Referat', en: 'Minutes' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['meetings', 'minutes', 'decisions'],
    placeholders: [
      {
        key: { nb: 'notater', en: 'notes' },
        label: {
          nb: 'Stikkordsnotater (roller, ikke navn)',
          en: 'Bullet notes (roles, not names)',
        },
      },
      {
        key: { nb: 'møtedato', en: 'meeting_date' },
        label: { nb: 'Dato for møtet', en: 'Date of the meeting' },
      },
    ],
    body: {
      nb: `Du er en nøyaktig referent for en ledergruppe.

Kontekst: Her er stikkordsnotatene fra ledermøtet {{møtedato}}. Deltakerne står med rolle.

Oppgave: Lag et referat.

Format: For hver sak: tittel, status (vedtatt, utsatt eller til orientering), ansvarlig (rolle) og frist. Til slutt: saker til neste møte.

Begrensninger: Skriv status nøyaktig slik den står i notatene – gjør aldri «utsatt» eller «foreslått» om til «vedtatt». Ikke legg til tall eller navn. Skriv [UKLART] der notatene ikke sier det.

Notater:
{{notater}}`,
      en: `You are an accurate minute-taker for a leadership group.

Context: Here are the bullet notes from the leadership meeting on {{meeting_date}}. The participants are listed by role.

Task: Write the minutes.

Format: For each item: title, status (decided, postponed or for information), owner (role) and deadline. Finally: items for the next meeting.

Constraints: Write the status exactly as it is in the notes – never turn "postponed" or "proposed" into "decided". Do not add figures or names. Write [UNCLEAR] where the notes do not say.

Notes:
{{notes}}`,
    },
  },
  {
    id: 'lp-management-staff-message',
    title: {
      nb: 'Melding til alle ansatte om en endring',
      en: 'A message to all staff about a change',
    },
    department: 'management',
    task: { nb: 'Internkommunikasjon', en: 'Internal communication' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['change', 'internal-communication', 'plain-language'],
    placeholders: [
      {
        key: { nb: 'endring', en: 'change' },
        label: { nb: 'Hva som endres', en: 'What is changing' },
      },
      { key: { nb: 'begrunnelse', en: 'reason' }, label: { nb: 'Hvorfor', en: 'Why' } },
      {
        key: { nb: 'tidspunkt', en: 'timing' },
        label: { nb: 'Når det skjer', en: 'When it happens' },
      },
    ],
    body: {
      nb: `Du er en leder som skriver ærlig og enkelt til de ansatte.

Kontekst: Dette endres: {{endring}}. Begrunnelse: {{begrunnelse}}. Tidspunkt: {{tidspunkt}}.

Oppgave: Skriv en kort melding til alle ansatte.

Format: Høyst 200 ord, med disse delene: hva som endres, hvorfor, hva som ikke endres, hva det betyr for den enkelte, og hvem de kan spørre.

Begrensninger: Ikke lov noe som ikke står over. Ikke pynt på det som er vanskelig. Skriv på vanlig bokmål uten fremmedord.`,
      en: `You are a manager who writes honestly and simply to staff.

Context: This is changing: {{change}}. Reason: {{reason}}. Timing: {{timing}}.

Task: Write a short message to all staff.

Format: At most 200 words, with these parts: what is changing, why, what is not changing, what it means for each person, and whom they can ask.

Constraints: Do not promise anything that is not stated above. Do not gloss over what is difficult. Write in plain English without jargon.`,
    },
  },
  {
    id: 'lp-management-board-paper',
    title: { nb: 'Utkast til styresak', en: 'Draft board paper' },
    department: 'management',
    task: { nb: 'Styresak', en: 'Board paper' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['board', 'decision', 'structure'],
    placeholders: [
      { key: { nb: 'sak', en: 'matter' }, label: { nb: 'Saken', en: 'The matter' } },
      {
        key: { nb: 'fakta', en: 'facts' },
        label: {
          nb: 'Fakta og tall (uten fortrolige detaljer)',
          en: 'Facts and figures (without confidential details)',
        },
      },
      {
        key: { nb: 'alternativer', en: 'options' },
        label: { nb: 'Alternativene dere har vurdert', en: 'The options you have considered' },
      },
    ],
    body: {
      nb: `Du er en erfaren daglig leder som skriver korte, beslutningsklare styresaker.

Kontekst: Saken gjelder {{sak}}. Fakta: {{fakta}}. Alternativer vi har vurdert: {{alternativer}}.

Oppgave: Lag et utkast til styresak.

Format: Overskriftene Bakgrunn, Vurdering, Alternativer (med fordeler, ulemper og risiko for hvert) og Forslag til vedtak. Høyst én side.

Begrensninger: Bruk bare fakta over. Skriv [TALL] der et tall mangler. Forslaget til vedtak skal være én setning som styret kan si ja eller nei til.`,
      en: `You are an experienced managing director who writes short board papers that are ready for a decision.

Context: The matter is {{matter}}. Facts: {{facts}}. Options we have considered: {{options}}.

Task: Draft a board paper.

Format: The headings Background, Assessment, Options (with advantages, disadvantages and risk for each) and Proposed resolution. One page at most.

Constraints: Use only the facts above. Write [FIGURE] where a figure is missing. The proposed resolution must be one sentence the board can say yes or no to.`,
    },
  },
  {
    id: 'lp-management-ai-guidelines',
    title: { nb: 'KI-retningslinjer for virksomheten', en: 'AI guidelines for the organisation' },
    department: 'management',
    task: { nb: 'Retningslinjer', en: 'Guidelines' },
    level: 'expert',
    dataClass: 'green',
    tags: ['policy', 'data-rules', 'ai-act'],
    placeholders: [
      {
        key: { nb: 'virksomhet', en: 'organisation' },
        label: {
          nb: 'Virksomheten (bransje og antall ansatte)',
          en: 'The organisation (industry and headcount)',
        },
      },
      {
        key: { nb: 'verktøy', en: 'tools' },
        label: {
          nb: 'Godkjente KI-verktøy og hvilken dataklasse hvert tåler',
          en: 'Approved AI tools and the data class each may take',
        },
      },
      {
        key: { nb: 'ansvarlige', en: 'owners' },
        label: { nb: 'Hvem eier retningslinjene (roller)', en: 'Who owns the guidelines (roles)' },
      },
    ],
    body: {
      nb: `Du er en rådgiver som skriver korte, praktiske retningslinjer for norske virksomheter.

Kontekst: Virksomheten: {{virksomhet}}. Godkjente verktøy: {{verktøy}}. Eiere: {{ansvarlige}}.

Oppgave: Lag et utkast til KI-retningslinjer på høyst to sider.

Format: Korte avsnitt om: hvilke verktøy som er godkjent, dataklassene (grønn, gul, rød) med eksempler, kvalitetssjekk før noe sendes ut, åpenhet om KI-bruk, hva man gjør hvis noe går galt, opplæring, og dato for neste gjennomgang.

Begrensninger: Skriv om opplæring som tiltak virksomheten gjør for KI-kompetanse (KI-forordningen artikkel 4), ikke som en garanti for at alle kan nok. Skriv [SJEKK] ved alle henvisninger til lover. Ikke nevn verktøy som ikke står på listen.`,
      en: `You are an adviser who writes short, practical guidelines for Norwegian organisations.

Context: The organisation: {{organisation}}. Approved tools: {{tools}}. Owners: {{owners}}.

Task: Draft AI guidelines of two pages at most.

Format: Short sections on: which tools are approved, the data classes (green, yellow, red) with examples, quality checks before anything is sent out, openness about AI use, what to do if something goes wrong, training, and the date of the next review.

Constraints: Describe training as measures the organisation takes for AI literacy (AI Act article 4), not as a guarantee that everyone knows enough. Write [CHECK] next to every reference to a law. Do not mention tools that are not on the list.`,
    },
  },
  {
    id: 'lp-management-use-case-priority',
    title: { nb: 'Prioriter brukstilfellene', en: 'Prioritise the use cases' },
    department: 'management',
    task: { nb: 'Prioritering', en: 'Prioritisation' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['strategy', 'prioritisation', 'roi'],
    placeholders: [
      {
        key: { nb: 'brukstilfeller', en: 'use_cases' },
        label: { nb: 'Brukstilfellene dere vurderer', en: 'The use cases you are considering' },
      },
      {
        key: { nb: 'kriterier', en: 'criteria' },
        label: { nb: 'Hva som er viktigst for dere', en: 'What matters most to you' },
      },
    ],
    body: {
      nb: `Du er en nøktern strategirådgiver.

Kontekst: Vi vurderer disse brukstilfellene for KI: {{brukstilfeller}}. Det viktigste for oss er: {{kriterier}}.

Oppgave: Vurder hvert brukstilfelle og anbefal to eller tre å starte med.

Format: En tabell med Brukstilfelle, Mulig nytte, Innsats, Risiko, Dataklasse og Hvordan vi måler det. Gi hver av de fire første en poengsum fra 1 til 5 og vis summen. Under tabellen: anbefalingen med begrunnelse, og hva som må være sant for at den holder.

Begrensninger: Ikke finn på tall for nytte eller kostnad; skriv [ANSLAG TRENGS]. Brukstilfeller med rød data får høy risiko til et verktøy er godkjent for det.`,
      en: `You are a level-headed strategy adviser.

Context: We are considering these use cases for AI: {{use_cases}}. What matters most to us: {{criteria}}.

Task: Assess each use case and recommend two or three to start with.

Format: A table with Use case, Possible benefit, Effort, Risk, Data class and How we measure it. Give each of the first four a score from 1 to 5 and show the total. Below the table: the recommendation with reasons, and what must be true for it to hold.

Constraints: Do not invent figures for benefit or cost; write [ESTIMATE NEEDED]. Use cases with red data get a high risk until a tool is approved for them.`,
    },
  },
] satisfies LibraryPrompt[]
