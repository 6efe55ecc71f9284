import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-meeting-minutes',
  competency: 'own-tools',
  level: 'basic',
  dataClass: 'yellow',
  minutes: 15,
  title: {
    nb: 'Referat fra et internt møte',
    en: 'Minutes of an internal meeting',
  },
  task: {
    nb: 'Gjør stikkordsnotatene dine fra et internt møte om til et ryddig referat med beslutninger, oppgaver og frister. Møtenotater med navn er røde data (de er personopplysninger). Bytt derfor ut navnene med roller før du limer inn: Da er notatene gule, og du kan bruke et verktøy som virksomheten har godkjent for gule data.',
    en: 'Turn your bullet notes from an internal meeting into tidy minutes with decisions, actions and deadlines. Meeting notes with names are red data (names are personal data). So replace the names with roles before you paste the notes in: then they are yellow, and you can use a tool your organisation has approved for yellow data.',
  },
  flavours: {
    finance: {
      nb: 'Notatene er fra møtet om månedsavslutningen: hvilke avstemminger som gjenstår, hvem (rolle) som tar dem, og fristen for rapporten til ledelsen.',
      en: 'The notes are from the month-end closing meeting: which reconciliations remain, who (by role) takes them, and the deadline for the report to management.',
    },
    project: {
      nb: 'Notatene er fra et byggemøte med byggherre, underentreprenører og prosjektleder. Det ble besluttet å flytte en leveranse, og tre oppgaver ble fordelt.',
      en: 'The notes are from a site meeting with the client, subcontractors and the project manager. A delivery was moved, and three actions were assigned.',
    },
    production: {
      nb: 'Notatene er fra tavlemøtet på morgenen etter en stans på pakkelinja. Referatet skal henges opp og leses av neste skift.',
      en: 'The notes are from the morning board meeting after a stoppage on the packing line. The minutes will be posted for the next shift to read.',
    },
    hr: {
      nb: 'Notatene er fra et planleggingsmøte om sommeravviklingen: hvilke avdelinger holder åpent, bemanning og frist for ferieønsker.',
      en: 'The notes are from a planning meeting about the summer holiday period: which departments stay open, staffing and the deadline for holiday requests.',
    },
  },
  hints: [
    {
      nb: 'Bytt ut navn med roller først, og sjekk listen over godkjente verktøy før du limer inn notatene. Gule data skal bare inn i verktøy som er godkjent for gult.',
      en: 'Replace names with roles first, and check the list of approved tools before you paste in the notes. Yellow data may only go into tools approved for yellow.',
    },
    {
      nb: 'Be om en fast struktur: beslutninger, oppgaver (hva, hvem, frist) og åpne spørsmål.',
      en: 'Ask for a fixed structure: decisions, actions (what, who, deadline) and open questions.',
    },
    {
      nb: 'Be KI markere det den er usikker på i stedet for å gjette. Notater er ofte ufullstendige.',
      en: 'Ask the AI to mark what it is unsure of instead of guessing. Notes are often incomplete.',
    },
  ],
  examplePrompt: {
    nb: `Du er en ryddig og nøyaktig møtesekretær.

Kontekst: Under står stikkordsnotatene mine fra et internt prosjektmøte. Deltakerne er oppgitt med rolle (prosjektleder, innkjøper, byggeleder).

Oppgave: Lag et referat av notatene.

Format: Fire overskrifter: «Beslutninger», «Oppgaver», «Åpne spørsmål», «Neste møte». Oppgavene settes opp i en tabell med kolonnene Hva, Hvem (rolle) og Frist.

Begrensninger: Ikke legg til noe som ikke står i notatene. Skriv [USIKKER] der notatene er uklare, i stedet for å gjette. Bruk roller, ikke navn. Høyst én side.

Notater:
[LIM INN NOTATENE]`,
    en: `You are a tidy and accurate minute-taker.

Context: Below are my bullet notes from an internal project meeting. The participants are given by role (project manager, purchaser, site manager).

Task: Write minutes from the notes.

Format: Four headings: "Decisions", "Actions", "Open questions", "Next meeting". Put the actions in a table with the columns What, Who (role) and Deadline.

Constraints: Do not add anything that is not in the notes. Write [UNSURE] where the notes are unclear instead of guessing. Use roles, not names. One page at most.

Notes:
[PASTE THE NOTES]`,
  },
} satisfies PromptChallenge
