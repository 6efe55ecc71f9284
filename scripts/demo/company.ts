/*
 * The demo company, "Nordlys Industri AS": a deterministic generator (a seed and an end date →
 * the same rows every time) of an organisation of N people with a year of believable activity.
 * Used by the demo backend (scripts/demo/backend.mjs, `npm run demo`) and by the HR benchmark
 * (`--people 10000`). It only makes rows; inserting them is insertCompany in the backend.
 *
 * The shape of the year (see README, "The demo company"):
 * - Kundeservice is the pilot department and starts in week 1; the others follow over the next
 *   months (adoption spreads), and about one in ten never starts.
 * - How much a person does is drawn from a skewed distribution: most do a lesson or two a week
 *   for a while, a few power users do much more, and about one in six stops after a while.
 * - Fellesferie (weeks 28–30), Christmas and Easter are quiet.
 * - Departments of 5, 4 and 3 people (Økonomi, HR, IT) show HR's small-group suppression.
 * - A weekly pulse (pulse.ts) and spot-the-flaw results (flaws.ts) come from generators of their own.
 */
import { competencies, type Department } from '@/domain/competence'
import type { LibraryPrompt, Lesson, PromptChallenge, SpotTheFlaw } from '@/content/types'
import { DEMO_DOMAIN, DEMO_INVITE_CODE, demoPersonas } from '@/features/auth/demoPersonas'
import { generatePulse } from './pulse'
import { generateFlawResults } from './flaws'
import { generateProgramme } from './programme'
import { generateMatrix } from './matrix'
import { generateSurvey } from './survey'
import { generateCommunity } from './community'
import { generateIdeas } from './ideas'

export interface CompanyOptions {
  seed?: number
  people?: number
  /** The last day of the year of activity (UTC, ISO date); default today. */
  until?: string
}

export interface DemoContent {
  lessons: readonly Lesson[]
  challenges: readonly PromptChallenge[]
  library: readonly LibraryPrompt[]
  /** Spot-the-flaw exercises (optional: without them, no flaw results). */
  flaws?: readonly SpotTheFlaw[]
}

export type Row = Record<string, unknown>
/** Rows per table, in an order that satisfies the foreign keys. */
export type CompanyRows = [table: string, rows: Row[]][]

export { DEMO_INVITE_CODE }
export const DEMO_ORGANISATION_ID = 'd0000000-0000-4000-a000-000000000001'
const DOMAIN = DEMO_DOMAIN

/** The people the demo's sign-in screen offers with one tap (src/features/auth/demoPersonas.ts). */
export const DEMO_PERSONAS = {
  employee: demoPersonas.employee.email,
  ambassador: demoPersonas.ambassador.email,
  hr: demoPersonas.hr.email,
  admin: demoPersonas.admin.email,
} as const

interface DepartmentPlan {
  name: string
  key: Department | null
  share: number
  /** A fixed size (the small departments), else a share of the rest. */
  size?: number
  roles: string[]
}

const departmentPlans: DepartmentPlan[] = [
  { name: 'Produksjon', key: 'production', share: 62, roles: ['Operatør', 'Skiftleder', 'Vedlikeholdstekniker'] },
  { name: 'Salg', key: 'sales', share: 34, roles: ['Key account manager', 'Salgskonsulent'] },
  { name: 'Kundeservice', key: 'customer-service', share: 32, roles: ['Kundebehandler', 'Teamleder kundeservice'] },
  { name: 'Økonomi', key: 'finance', share: 0, size: 5, roles: ['Regnskapsmedarbeider', 'Controller'] },
  { name: 'HR', key: 'hr', share: 0, size: 4, roles: ['HR-rådgiver', 'HR-leder'] },
  { name: 'IT', key: 'it', share: 0, size: 3, roles: ['IT-konsulent'] },
]
const PILOT = 'Kundeservice'

const firstNames = ['Emma', 'Nora', 'Sofie', 'Ingrid', 'Kari', 'Ida', 'Sara', 'Maja', 'Thea', 'Hanna', 'Marte', 'Silje', 'Anne', 'Hilde', 'Line', 'Tone', 'Jonas', 'Ola', 'Per', 'Lars', 'Jakob', 'Emil', 'Henrik', 'Magnus', 'Sindre', 'Anders', 'Erik', 'Knut', 'Tor', 'Martin', 'Aksel', 'Mohammed', 'Aisha', 'Piotr', 'Agnieszka', 'Linh', 'Amir', 'Fatima', 'Oskar', 'Vilde']
const lastNames = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Lie', 'Hauge', 'Nowak', 'Nguyen', 'Ali', 'Strand', 'Solberg', 'Bakke', 'Aas']

// --- deterministic randomness (mulberry32: a 32-bit seeded generator; a dependency would be
// larger than these lines, and Math.random cannot be seeded) ---

function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const chance = (p: number) => next() < p
  // Box–Muller: a normal draw, for the skewed (log-normal) activity of each person.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
  const poisson = (mean: number) => {
    let k = 0
    for (let p = next(), limit = Math.exp(-mean); p > limit; p *= next()) k++
    return k
  }
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16))
    hex[12] = '4'
    hex[16] = '89ab'[Math.floor(next() * 4)]!
    const s = hex.join('')
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
  }
  return { next, int, pick, chance, normal, poisson, uuid }
}
type Random = ReturnType<typeof random>

// --- the calendar: 52 weeks up to `until` ---

const DAY = 86_400_000
const WEEKS = 52

/** How busy a week of the year is: fellesferie, Christmas and Easter are quiet. */
function seasonOf(date: Date): number {
  const month = date.getUTCMonth()
  const day = date.getUTCDate()
  if (month === 6) return 0.1 // fellesferie: July
  if ((month === 11 && day >= 20) || (month === 0 && day <= 2)) return 0.15
  if (month === 3 && day <= 14) return 0.5 // around Easter
  return 1
}

interface Person {
  id: string
  email: string
  name: string
  department: number
  jobRole: string
  roles: string[]
  language: 'nb' | 'en'
  /** Week the person starts (null: never), week they stop (null: never), lessons per week. */
  startWeek: number | null
  stopWeek: number | null
  pace: number
}

function planPeople(rng: Random, count: number): { sizes: number[]; people: Person[] } {
  const fixed = departmentPlans.reduce((sum, d) => sum + (d.size ?? 0), 0)
  const rest = Math.max(0, count - fixed)
  const shares = departmentPlans.reduce((sum, d) => sum + d.share, 0)
  const sizes = departmentPlans.map((d) => d.size ?? Math.floor((rest * d.share) / shares))
  sizes[0]! += rest - sizes.reduce((sum, size, i) => sum + (departmentPlans[i]!.size ? 0 : size), 0)
  const people: Person[] = []
  const used = new Set<string>()
  const personas: Record<string, { name: string; department: string; roles: string[]; jobRole?: string }> = {
    [DEMO_PERSONAS.admin]: { name: 'Kari Nilsen', department: 'IT', roles: ['member', 'admin'] },
    [DEMO_PERSONAS.hr]: { name: 'Ingrid Hauge', department: 'HR', roles: ['member', 'hr'], jobRole: 'HR-leder' },
    [DEMO_PERSONAS.ambassador]: { name: 'Jonas Lie', department: PILOT, roles: ['member', 'ambassador'], jobRole: 'Teamleder kundeservice' },
    [DEMO_PERSONAS.employee]: { name: 'Emma Berg', department: 'Salg', roles: ['member'], jobRole: 'Salgskonsulent' },
  }
  const personaQueue = Object.entries(personas)
  sizes.forEach((size, department) => {
    const plan = departmentPlans[department]!
    for (let i = 0; i < size; i++) {
      const personaIndex = personaQueue.findIndex(([, p]) => p.department === plan.name)
      const persona = personaIndex >= 0 ? personaQueue.splice(personaIndex, 1)[0] : undefined
      let name = persona?.[1].name ?? `${rng.pick(firstNames)} ${rng.pick(lastNames)}`
      // Few namesakes in a small company; a large one (the benchmark's) has them, as real ones do.
      for (let tries = 0; !persona && used.has(name) && tries < 5; tries++)
        name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`
      used.add(name)
      const slug = name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z]+/g, '.')
      const pilot = plan.name === PILOT
      const starts = persona || rng.chance(0.9)
      // Adoption spreads: the pilot starts at once, others over the months after (an exponential wait).
      const startWeek = !starts ? null : pilot ? rng.int(0, 3) : Math.min(44, 6 + Math.floor(-Math.log(1 - rng.next()) * 10))
      const stops = !persona && rng.chance(0.17)
      people.push({
        id: rng.uuid(),
        email: persona?.[0] ?? `${slug}.${people.length + 1}@${DOMAIN}`,
        name,
        department,
        jobRole: persona?.[1].jobRole ?? rng.pick(plan.roles),
        roles: persona?.[1].roles ?? (pilot && i === 1 ? ['member', 'ambassador'] : department === 0 && i === 0 ? ['member', 'ambassador'] : ['member']),
        language: rng.chance(0.1) ? 'en' : 'nb',
        startWeek: persona ? 2 : startWeek,
        stopWeek: stops && startWeek !== null ? Math.min(WEEKS, startWeek + rng.int(3, 20)) : null,
        // Log-normal: most people a lesson or two a week while active, a few power users far more.
        pace: persona ? 0.5 : Math.min(6, 0.7 * Math.exp(0.8 * rng.normal())),
      })
    }
  })
  return { sizes, people }
}

const at = (weekStart: number, rng: Random) =>
  new Date(weekStart + rng.int(0, 4) * DAY + rng.int(7, 16) * 3_600_000 + rng.int(0, 59) * 60_000).toISOString()

/** The whole company: every table's rows, deterministic for (seed, people, until). */
export function generateCompany(content: DemoContent, options: CompanyOptions = {}): CompanyRows {
  const seed = options.seed ?? 2026
  const rng = random(seed)
  const until = Date.parse(`${options.until ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`)
  const firstWeek = until - WEEKS * 7 * DAY
  const org = DEMO_ORGANISATION_ID
  const { people } = planPeople(rng, options.people ?? 140)
  const lessons = [...content.lessons].sort((a, b) => a.order - b.order)
  const ambassadors = people.filter((p) => p.roles.includes('ambassador'))

  const departments = departmentPlans.map((d) => ({ id: rng.uuid(), organisation_id: org, name: d.name, created_at: new Date(firstWeek - 30 * DAY).toISOString() }))
  const jobRoles = departmentPlans.flatMap((d, i) =>
    d.roles.map((name) => ({ id: rng.uuid(), organisation_id: org, department_id: departments[i]!.id, name, created_at: departments[i]!.created_at })),
  )
  const jobRoleId = (p: Person) => jobRoles.find((r) => r.department_id === departments[p.department]!.id && r.name === p.jobRole)!.id

  const rows = {
    users: people.map((p) => ({ id: p.id, email: p.email })),
    profiles: people.map((p) => ({ id: p.id, display_name: p.name, language: p.language, updated_at: new Date(firstWeek).toISOString() })),
    memberships: people.map((p) => ({
      id: rng.uuid(),
      user_id: p.id,
      organisation_id: org,
      roles: p.roles,
      department_id: departments[p.department]!.id,
      job_role_id: jobRoleId(p),
      created_at: new Date(firstWeek - 14 * DAY).toISOString(),
    })),
    progress: [] as Row[],
    quiz: [] as Row[],
    self: [] as Row[],
    attempts: [] as Row[],
    reviews: [] as Row[],
    prompts: [] as Row[],
    revisions: [] as Row[],
    uses: [] as Row[],
  }

  for (const person of people) {
    if (person.startWeek === null) continue
    let lesson = 0
    let skill = rng.next() * 0.2
    const assess = (week: number) => {
      for (const c of competencies) {
        const level = Math.max(1, Math.min(4, Math.round(1 + skill * 3 + rng.normal() * 0.4)))
        rows.self.push({ id: rng.uuid(), user_id: person.id, competency_id: c.id, level, assessed_at: at(firstWeek + week * 7 * DAY, rng) })
      }
    }
    assess(person.startWeek)
    const end = person.stopWeek ?? WEEKS
    for (let week = person.startWeek; week < end; week++) {
      const weekStart = firstWeek + week * 7 * DAY
      const season = seasonOf(new Date(weekStart + 3 * DAY))
      const done = Math.min(rng.poisson(person.pace * season), 3)
      for (let n = 0; n < done && lesson < lessons.length; n++, lesson++) {
        const l = lessons[lesson]!
        const started = at(weekStart, rng)
        const t = Date.parse(started)
        rows.progress.push({ id: rng.uuid(), user_id: person.id, lesson_id: l.id, kind: 'started', occurred_at: started, data: {} })
        l.cards.forEach((_, i) => rows.progress.push({ id: rng.uuid(), user_id: person.id, lesson_id: l.id, kind: 'card_viewed', card_index: i, occurred_at: new Date(t + (i + 1) * 90_000).toISOString(), data: {} }))
        for (const q of l.quiz) {
          const right = rng.chance(0.65 + skill * 0.3)
          const choice = right ? q.correct : rng.pick(q.choices.filter((c) => c.id !== q.correct)).id
          rows.quiz.push({ id: rng.uuid(), user_id: person.id, lesson_id: l.id, question_id: q.id, choice_id: choice, correct: right, answered_at: new Date(t + 14 * 60_000).toISOString() })
        }
        const minutes = Math.max(5, Math.round(l.minutes + rng.normal() * 4))
        rows.progress.push({ id: rng.uuid(), user_id: person.id, lesson_id: l.id, kind: 'completed', minutes, occurred_at: new Date(t + minutes * 60_000).toISOString(), data: {} })
        skill = Math.min(1, skill + 0.05)
      }
      // Spaced review of earlier lessons, now and then.
      if (lesson > 1 && rng.chance(0.3 * season * Math.min(1, person.pace))) {
        rows.progress.push({ id: rng.uuid(), user_id: person.id, lesson_id: lessons[rng.int(0, lesson - 1)]!.id, kind: 'review_done', occurred_at: at(weekStart, rng), data: {} })
      }
      // Challenges on their own work, once the basics are in place.
      if (lesson >= 4 && rng.chance(0.25 * season * person.pace)) addAttempt(person, weekStart, skill, week)
      if (week > person.startWeek && (week - person.startWeek) % 10 === 0) assess(week)
    }
  }

  function addAttempt(person: Person, weekStart: number, skill: number, week: number) {
    const challenge = rng.pick(content.challenges)
    const created = at(weekStart, rng)
    const shared = rng.chance(0.4)
    const attempt = {
      id: rng.uuid(),
      user_id: person.id,
      organisation_id: org,
      challenge_id: challenge.id,
      prompt: challenge.examplePrompt.nb,
      output: `Utkast laget med KI for oppgaven «${challenge.title.nb}». Kontrollert mot kildene og tilpasset før bruk.`,
      checklist: { facts_checked: 'yes', invented_sources: rng.pick(['yes', 'not_relevant']), bias: rng.pick(['yes', 'not_relevant']), confidentiality: 'yes', fit_for_purpose: rng.pick(['yes', 'yes', 'no']) },
      self_score: Math.max(1, Math.min(5, Math.round(2.5 + skill * 2 + rng.normal() * 0.7))),
      minutes_saved: Math.max(0, Math.round(20 + rng.normal() * 15 + skill * 30)),
      submitted_for_review: shared,
      created_at: created,
    }
    rows.attempts.push(attempt)
    const reviewer = ambassadors.filter((a) => a.id !== person.id)
    // Ambassadors keep up: what was shared weeks ago is reviewed, the last weeks' still wait.
    if (shared && reviewer.length && rng.chance(week < WEEKS - 3 ? 0.97 : 0.3)) {
      const level = () => Math.max(1, Math.min(4, Math.round(2 + skill * 2 + rng.normal() * 0.6)))
      const rubric = { prompt_quality: level(), critical_evaluation: level(), data_safety: level(), usefulness: level() }
      rows.reviews.push({
        id: rng.uuid(),
        attempt_id: attempt.id,
        organisation_id: org,
        reviewer_id: rng.pick(reviewer).id,
        learner_id: person.id,
        rubric,
        score: Math.round((rubric.prompt_quality + rubric.critical_evaluation + rubric.data_safety + rubric.usefulness) / 4),
        comment: rng.pick(['Tydelig rolle og format. Be KI markere det den er usikker på.', 'God sjekk av fakta. Neste gang: gi et eksempel på ønsket tone.', 'Bra at personopplysningene er tatt ut. Be om kortere svar.', '']),
        created_at: new Date(Date.parse(created) + rng.int(1, 5) * DAY).toISOString(),
      })
    }
  }

  // The library: starter prompts used, and the organisation's own prompts with their history.
  const active = people.filter((p) => p.startWeek !== null)
  for (let i = 0; i < Math.max(8, Math.round(people.length / 6)); i++) {
    const author = i < ambassadors.length ? ambassadors[i]! : rng.pick(active)
    const base = rng.pick(content.library)
    const id = rng.uuid()
    const approved = rng.chance(0.75)
    const revisions = approved ? rng.int(1, 3) : 1
    const createdWeek = rng.int(4, WEEKS - 2)
    const prompt = {
      id,
      organisation_id: org,
      author_id: author.id,
      title: `${base.title.nb} – ${departmentPlans[author.department]!.name.toLowerCase()}`,
      body: base.body.nb,
      department: base.department,
      task: base.task?.nb ?? null,
      tools: [],
      level: base.level,
      data_class: base.dataClass,
      tags: [...base.tags],
      status: approved ? 'approved' : 'submitted',
      featured: approved && rng.chance(0.2),
      revision: revisions,
      updated_at: at(firstWeek + (createdWeek + revisions - 1) * 7 * DAY, rng),
      updated_by: revisions > 1 ? rng.pick(ambassadors).id : author.id,
    }
    rows.prompts.push(prompt)
    for (let r = 1; r <= revisions; r++) {
      rows.revisions.push({
        id: rng.uuid(),
        prompt_id: id,
        organisation_id: org,
        revision: r,
        author_id: r === 1 ? author.id : prompt.updated_by,
        title: prompt.title,
        body: prompt.body,
        department: prompt.department,
        task: prompt.task,
        tools: [],
        level: prompt.level,
        data_class: prompt.data_class,
        tags: prompt.tags,
        status: r === revisions ? prompt.status : 'submitted',
        featured: r === revisions && prompt.featured,
        based_on_revision: r === 1 ? null : r - 1,
        created_at: at(firstWeek + (createdWeek + r - 1) * 7 * DAY, rng),
      })
    }
  }
  const approvedPrompts = rows.prompts.filter((p) => p.status === 'approved')
  for (const person of active) {
    const uses = rng.poisson(person.pace * 3)
    for (let n = 0; n < uses; n++) {
      const week = rng.int(person.startWeek!, (person.stopWeek ?? WEEKS) - 1)
      const own = approvedPrompts.length > 0 && rng.chance(0.5)
      rows.uses.push({
        id: rng.uuid(),
        user_id: person.id,
        prompt_id: own ? rng.pick(approvedPrompts).id : null,
        starter_prompt_id: own ? null : rng.pick(content.library).id,
        organisation_id: org,
        minutes_saved: Math.max(0, Math.round(15 + rng.normal() * 10)),
        used_at: at(firstWeek + week * 7 * DAY, rng),
      })
    }
  }

  const hrLead = people.find((p) => p.email === DEMO_PERSONAS.hr)!
  // The weekly pulse, from a generator of its own so the rows above stay as they were.
  const pulse = generatePulse({ rng: random(seed + 5), people, organisationId: org, firstWeek, weeks: WEEKS, until, season: seasonOf })
  // Spot-the-flaw results, likewise from a generator of their own.
  rows.progress.push(...generateFlawResults({ rng: random(seed + 6), people, flaws: content.flaws ?? [], firstWeek, weeks: WEEKS, season: seasonOf }))
  // The community feed (issue 16), from a generator of its own too.
  const community = generateCommunity({
    rng: random(seed + 7),
    people,
    organisationId: org,
    departments,
    pilot: PILOT,
    firstWeek,
    weeks: WEEKS,
    until,
    season: seasonOf,
    alwaysPosts: people.filter((p) => p.email === DEMO_PERSONAS.employee || p.email === DEMO_PERSONAS.ambassador).map((p) => p.id),
    moderatorId: people.find((p) => p.email === DEMO_PERSONAS.ambassador)?.id,
  })

  // The ideas board and organisation challenges (F4, F3), from a generator of its own as well.
  const ambassadorPersona = people.find((p) => p.email === DEMO_PERSONAS.ambassador)!
  const ideas = generateIdeas({
    rng: random(seed + 8),
    people,
    organisationId: org,
    firstWeek,
    weeks: WEEKS,
    until,
    answerers: [ambassadorPersona.id, hrLead.id],
    posts: community.find(([table]) => table === 'public.community_posts')?.[1] ?? [],
    ambassadorId: ambassadorPersona.id,
    consentFrom: people.find((p) => p.email === DEMO_PERSONAS.employee)?.id,
  })

  // HR's skills matrix targets and the report's success story (issue 18 H3, H7): after the feed,
  // whose posts it marks with their authors' consent.
  const matrix = generateMatrix({
    jobRoles,
    posts: community.find(([table]) => table === 'public.community_posts')?.[1] ?? [],
    organisationId: org,
    hrUserId: hrLead.id,
    consentFrom: [DEMO_PERSONAS.employee, DEMO_PERSONAS.ambassador]
      .map((email) => people.find((p) => p.email === email)?.id)
      .filter((id): id is string => !!id),
    until,
  })

  return [
    ['auth.users', rows.users],
    ['public.organisations', [{ id: org, name: 'Nordlys Industri AS', min_group_size: 5, created_at: new Date(firstWeek - 60 * DAY).toISOString() }]],
    ['public.departments', departments],
    ['public.job_roles', jobRoles],
    ['public.memberships', rows.memberships],
    ['public.profiles', rows.profiles],
    ['public.invites', [{ id: rng.uuid(), code: DEMO_INVITE_CODE, organisation_id: org, role: 'member', expires_at: '2099-12-31T23:59:59Z', max_uses: 10000, created_by: people.find((p) => p.email === DEMO_PERSONAS.admin)!.id }]],
    ['public.progress_events', rows.progress],
    ['public.quiz_answers', rows.quiz],
    ['public.self_assessments', rows.self],
    ['public.challenge_attempts', rows.attempts],
    ['public.attempt_reviews', rows.reviews],
    ['public.prompts', rows.prompts],
    ['public.prompt_revisions', rows.revisions],
    ['public.prompt_uses', rows.uses],
    ['public.pulse_responses', pulse],
    ...community,
    ...ideas,
    // HR's programme tracker and ROI calculation (issue 18), run from the company's first week.
    ...generateProgramme({
      organisationId: org,
      firstWeek,
      until,
      pilotDepartmentIds: departments.filter((d) => d.name === PILOT).map((d) => d.id),
      hrUserId: hrLead.id,
      hrName: hrLead.name,
      people: people.length,
    }),
    ...matrix,
    // The mapping survey (issue 18 H2): two closed rounds and one open now, from a generator of
    // its own (the employee persona has not answered the open one).
    ...generateSurvey({
      rng: random(seed + 9),
      people,
      organisationId: org,
      firstWeek,
      until,
      hrUserId: hrLead.id,
      leaveOpenFor: people.find((p) => p.email === DEMO_PERSONAS.employee)?.id,
    }),
  ]
}
