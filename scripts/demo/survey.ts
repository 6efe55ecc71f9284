/*
 * The demo company's mapping survey (PRODUCT.md H2; tables public.surveys and
 * public.survey_responses): the programme's first round in weeks 1–2 (closed), a second half a
 * year later (closed: the quarterly report shows what changed), and a round open now that part of
 * the company has answered — but not the employee persona, so the demo can answer it. Answers
 * move with the year: more tools, higher self-rated levels, fewer "unsure how". Some people write
 * a few words; about a third of them let HR quote them. Deterministic for the same random source.
 */

type Row = Record<string, unknown>

interface SurveyRandom {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  uuid: () => string
}

export interface SurveyPerson {
  id: string
  language: 'nb' | 'en'
  pace: number
}

export interface SurveyOptions {
  rng: SurveyRandom
  people: readonly SurveyPerson[]
  organisationId: string
  /** The company's first week (ms, UTC midnight) and its last day. */
  firstWeek: number
  until: number
  hrUserId: string
  /** Never answers the open round (the demo's employee persona answers it by hand). */
  leaveOpenFor?: string
}

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()
const day = (ms: number) => iso(ms).slice(0, 10)

const competencies = ['ai-basics', 'own-tools', 'simple-prompts', 'critical-output', 'data-compliance', 'advanced-prompting', 'ai-workflows', 'quality-assurance', 'ai-strategy', 'roi-measurement', 'law-ethics']
const basic = new Set(['ai-basics', 'own-tools', 'simple-prompts', 'critical-output', 'data-compliance'])

const words = {
  nb: {
    time_thieves_text: ['Møtereferater tar mye tid hver uke.', 'Mye e-post med de samme spørsmålene fra kunder.', 'Rapportene til ledelsen skrives fra bunnen hver måned.', 'Leter etter dokumenter i tre forskjellige systemer.'],
    potentials_text: ['Første utkast til tilbud og e-post.', 'Oppsummere lange dokumenter før møter.', 'Svar på vanlige kundehenvendelser.'],
    barriers_text: ['Usikker på hva vi har lov til med kundedata og personvern.', 'Har ikke tid til å lære det ordentlig.', 'Stoler ikke helt på svarene – har sett feil.', 'Lederen min er skeptisk.'],
  },
  en: {
    time_thieves_text: ['Meeting notes take a lot of time every week.', 'Lots of email with the same customer questions.', 'Monthly reports written from scratch.'],
    potentials_text: ['First drafts of quotes and email.', 'Summarising long documents before meetings.'],
    barriers_text: ['Unsure what we may do with customer data and privacy.', 'No time to learn it properly.', 'I have seen errors, so I do not trust it yet.'],
  },
}

function answerOf(rng: SurveyRandom, person: SurveyPerson, progress: number): Row {
  const some = (list: string[], p: number) => list.filter(() => rng.chance(p))
  const tools = some(['chatgpt', 'copilot', 'gemini', 'transcription'], 0.15 + 0.45 * progress + 0.1 * Math.min(1, person.pace))
  const skills: Record<string, number> = {}
  for (const c of competencies) {
    if (!basic.has(c) && rng.chance(0.4)) continue
    const mean = (basic.has(c) ? 1.6 : 1.2) + 1.3 * progress + 0.3 * Math.min(1, person.pace)
    skills[c] = Math.max(1, Math.min(4, Math.round(mean + (rng.next() - 0.5))))
  }
  const row: Row = {
    answers: {
      v: 1,
      tools: tools.length ? tools : ['none'],
      tasks: tools.length ? some(['writing', 'email', 'summaries', 'translation', 'research', 'meetings', 'customers'], 0.35) : [],
      skills,
      time_thieves: some(['email', 'meetings', 'reports', 'searching', 'admin', 'rework', 'data_entry', 'coordination'], 0.3),
      potentials: some(['drafts', 'summaries', 'customer_service', 'analysis', 'translation', 'research', 'automation', 'learning'], 0.3),
      barriers: some(['time', 'skills', 'tools', 'data_rules', 'quality', 'trust', 'leadership', 'costs'], 0.35 - 0.15 * progress),
    },
    tools_other: '',
    time_thieves_text: '',
    potentials_text: '',
    barriers_text: '',
    quote_consent: false,
  }
  const texts = words[person.language]
  for (const field of ['time_thieves_text', 'potentials_text', 'barriers_text'] as const) {
    if (rng.chance(0.25)) row[field] = rng.pick(texts[field])
  }
  row.quote_consent = rng.chance(0.35)
  return row
}

export function generateSurvey(o: SurveyOptions): [string, Row[]][] {
  const { rng } = o
  const first = new Date(o.firstWeek)
  const start = o.firstWeek + ((8 - first.getUTCDay()) % 7) * DAY
  const rounds = [
    { title: 'Kartlegging uke 1–2', opened: start, closes: start + 11 * DAY, share: 0.85, progress: 0 },
    { title: 'Kartlegging etter et halvår', opened: start + 26 * 7 * DAY, closes: start + 26 * 7 * DAY + 11 * DAY, share: 0.75, progress: 0.5 },
    { title: 'Kartlegging nå', opened: o.until - 3 * DAY, closes: o.until + 11 * DAY, share: 0.35, progress: 0.9 },
  ]
  const surveys: Row[] = []
  const responses: Row[] = []
  rounds.forEach((r, i) => {
    const open = i === rounds.length - 1
    const id = rng.uuid()
    surveys.push({
      id,
      organisation_id: o.organisationId,
      title: r.title,
      questions_version: 1,
      status: open ? 'open' : 'closed',
      closes_on: day(r.closes),
      opened_at: iso(r.opened + 8 * 3_600_000),
      closed_at: open ? null : iso(r.closes + 15 * 3_600_000),
      created_by: o.hrUserId,
      updated_at: iso(open ? r.opened + 8 * 3_600_000 : r.closes + 15 * 3_600_000),
    })
    for (const person of o.people) {
      if (open && person.id === o.leaveOpenFor) continue
      if (!rng.chance(r.share)) continue
      const at = Math.min(o.until - 3_600_000, r.opened + rng.int(1, open ? 2 : 10) * DAY + rng.int(8, 15) * 3_600_000)
      responses.push({
        id: rng.uuid(),
        user_id: person.id,
        survey_id: id,
        organisation_id: o.organisationId,
        ...answerOf(rng, person, r.progress),
        created_at: iso(at),
        updated_at: iso(at),
      })
    }
  })
  return [
    ['public.surveys', surveys],
    ['public.survey_responses', responses],
  ]
}
