/**
 * The demo company's ideas and obstacles board (F4) and its organisation challenges (F3), from a
 * generator of its own (so the rows of the other generators stay as they were): a year of ideas
 * and obstacles in both languages, about a third anonymous, most answered by an ambassador or HR
 * with a status; votes (one per person and idea); and two challenges made from use-case posts —
 * one published with its author's consent, one waiting for the employee persona to agree.
 *
 * The rows are inserted with the stamping triggers paused (backend.mjs, insertCompany), so what
 * the triggers would keep is set here: vote_count, author_id null for anonymous ideas, the day.
 */

interface IdeasRandom {
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  uuid: () => string
}

export interface IdeasPerson {
  id: string
  language: 'nb' | 'en'
  roles: readonly string[]
  startWeek: number | null
  stopWeek: number | null
}

export interface IdeasOptions {
  rng: IdeasRandom
  people: readonly IdeasPerson[]
  organisationId: string
  firstWeek: number
  weeks: number
  until: number
  /** Who answers: the ambassador and HR personas. */
  answerers: readonly string[]
  /** The community posts generated before (use cases become challenges). */
  posts: readonly Record<string, unknown>[]
  /** The ambassador who turns posts into challenges. */
  ambassadorId: string
  /** The person whose consent the second challenge waits for (the employee persona). */
  consentFrom?: string
}

type Row = Record<string, unknown>
type Status = 'new' | 'under_consideration' | 'planned' | 'done' | 'not_now'

interface Template {
  kind: 'idea' | 'obstacle'
  lang: 'nb' | 'en'
  title: string
  body: string
  status: Status
  answer: string
}

const templates: Template[] = [
  { kind: 'obstacle', lang: 'nb', title: 'Uklart hva vi får lime inn i Copilot', body: 'Jeg tør ikke bruke verktøyet på kundesaker fordi jeg ikke vet hvilke opplysninger som er lov.', status: 'done', answer: 'Datareglene er nå lagt inn i appen: grønt, gult og rødt per verktøy. Se «Datareglene» under Innstillinger.' },
  { kind: 'idea', lang: 'nb', title: 'Felles promptmaler for tilbud', body: 'Vi skriver de samme tilbudene om og om igjen. En mal i biblioteket ville spart mye tid.', status: 'planned', answer: 'Salg og ambassadørene lager tre maler i januar. Send gjerne eksempler til Jonas.' },
  { kind: 'obstacle', lang: 'nb', title: 'Lisensen dekker ikke alle på lageret', body: 'Bare skiftlederne har tilgang. Resten av oss får ikke prøvd.', status: 'under_consideration', answer: 'Vi ser på kostnaden for 20 lisenser til og tar det opp i ledermøtet i februar.' },
  { kind: 'idea', lang: 'nb', title: 'Lunsj-og-lær om KI hver fjerde uke', body: '', status: 'done', answer: 'Første økt var 14. mars. Opptak ligger i biblioteket.' },
  { kind: 'obstacle', lang: 'nb', title: 'For lite tid til å øve', body: 'Det er vanskelig å finne tid til oppgavene midt i travle uker.', status: 'planned', answer: 'Fra neste kvartal får alle 30 minutter i uka til læring, avtalt med lederne.' },
  { kind: 'idea', lang: 'nb', title: 'KI-oppsummering av lange anbudsdokumenter', body: 'Kunne vi teste dette på gamle, offentlige anbud først?', status: 'under_consideration', answer: 'Godt forslag. Innkjøp tester på tre offentlige anbud og deler resultatet her.' },
  { kind: 'obstacle', lang: 'nb', title: 'Svarene er ofte på feil norsk', body: 'Utkastene blir stive og fulle av anglismer.', status: 'done', answer: 'Ny utfordring om å be om klarspråk ligger under Utfordringer. Den hjelper mye.' },
  { kind: 'idea', lang: 'nb', title: 'Egen kanal for spørsmål til ambassadørene', body: '', status: 'not_now', answer: 'Vi bruker fellesskapet her i stedet, så alt ligger ett sted. Merk innlegget som spørsmål.' },
  { kind: 'obstacle', lang: 'nb', title: 'Usikker på om KI-tekst må merkes', body: 'Må vi si fra til kunden når et svar er skrevet med hjelp av KI?', status: 'planned', answer: 'Juridisk lager en kort retningslinje før sommeren.' },
  { kind: 'idea', lang: 'nb', title: 'Sjekkliste før vi sender KI-tekst til kunder', body: 'Fakta, tall, navn og tone. Fem punkter holder.', status: 'new', answer: '' },
  { kind: 'obstacle', lang: 'nb', title: 'Verktøyet er tregt om morgenen', body: '', status: 'new', answer: '' },
  { kind: 'idea', lang: 'nb', title: 'Kurs for ledere om hva KI kan og ikke kan', body: 'Lederne må forstå nok til å prioritere riktig.', status: 'under_consideration', answer: 'HR undersøker et halvdagskurs og kommer tilbake med dato.' },
  { kind: 'obstacle', lang: 'en', title: 'Hard to know which tool to use for what', body: 'We have three tools and no overview of which one is approved for which data.', status: 'done', answer: 'The approved tools and their data classes are now listed under Settings → Data rules.' },
  { kind: 'idea', lang: 'en', title: 'Share prompts for English customer emails', body: 'Half our customers write in English. A few shared prompts would help.', status: 'planned', answer: 'Customer service is collecting the five best ones for the library by March.' },
  { kind: 'obstacle', lang: 'en', title: 'Worried the AI will replace my job', body: '', status: 'under_consideration', answer: 'Fair question. Management will talk about this openly at the next town hall.' },
  { kind: 'idea', lang: 'en', title: 'Pair up new users with someone experienced', body: 'A buddy for the first two weeks.', status: 'done', answer: 'Every new user now gets an ambassador as their buddy.' },
  { kind: 'obstacle', lang: 'en', title: 'No time set aside for learning', body: '', status: 'not_now', answer: 'Not this quarter, we are short-staffed. We will look at it again in the autumn.' },
  { kind: 'idea', lang: 'en', title: 'Monthly "what worked" email', body: 'Three short stories from colleagues each month.', status: 'new', answer: '' },
]

const DAY = 86_400_000

export function generateIdeas(o: IdeasOptions): [string, Row[]][] {
  const { rng, organisationId: org, firstWeek, weeks, until } = o
  const active = o.people.filter((p) => p.startWeek !== null)
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)
  const ideas: Row[] = []
  const votes: Row[] = []

  templates.forEach((tpl, i) => {
    // Spread over the year, oldest first; answered ones a few weeks after they came in.
    const week = Math.min(weeks - 1, Math.floor(((i + 0.5) / templates.length) * (weeks - 2)))
    const created = Math.min(until - DAY, firstWeek + week * 7 * DAY + rng.int(0, 4) * DAY)
    const writers = active.filter((p) => p.language === tpl.lang || rng.chance(0.3))
    const author = rng.pick(writers.length ? writers : active)
    const anonymous = tpl.kind === 'obstacle' ? rng.chance(0.6) : rng.chance(0.2)
    const answered = tpl.status !== 'new'
    const answeredOn = Math.min(until - DAY, created + rng.int(5, 30) * DAY)
    const id = rng.uuid()
    const voters = active.filter(() => rng.chance(tpl.status === 'new' ? 0.05 : 0.12))
    for (const voter of voters) {
      votes.push({ id: rng.uuid(), idea_id: id, user_id: voter.id, organisation_id: org, created_on: day(Math.min(until - DAY, created + rng.int(0, 20) * DAY)) })
    }
    ideas.push({
      id,
      organisation_id: org,
      author_id: anonymous ? null : author.id,
      anonymous,
      kind: tpl.kind,
      title: tpl.title,
      body: tpl.body,
      status: tpl.status,
      answer: tpl.answer,
      answered_by: answered ? rng.pick(o.answerers) : null,
      answered_on: answered ? day(answeredOn) : null,
      created_on: day(created),
      vote_count: voters.length,
    })
  })

  // Two challenges made from use-case posts: one published, one awaiting its author's consent.
  const useCases = o.posts.filter((p) => p.kind === 'use_case' && p.status === 'published' && p.author_id !== o.ambassadorId)
  const challenges: Row[] = []
  const make = (post: Record<string, unknown>, status: 'published' | 'awaiting_author') => {
    const created = Date.parse(String(post.created_at)) + 3 * DAY
    const when = new Date(Math.min(until - DAY, created)).toISOString()
    const en = /[a-z] the |\bthe\b/i.test(String(post.title))
    challenges.push({
      id: rng.uuid(),
      organisation_id: org,
      source_post_id: post.id,
      credited_user_id: post.author_id,
      created_by: o.ambassadorId,
      title: String(post.title).slice(0, 140),
      task: String(post.task || post.title).slice(0, 2000),
      example_prompt: String(post.prompt_text ?? '').slice(0, 4000),
      checklist: en
        ? ['I only used data I am allowed to use in the tool.', 'I checked the facts and figures.', 'I noted how long it took.']
        : ['Jeg brukte bare data jeg har lov til å bruke i verktøyet.', 'Jeg sjekket fakta og tall i svaret.', 'Jeg noterte hvor lang tid det tok.'],
      department_id: post.department_id ?? null,
      status,
      created_at: when,
      updated_at: when,
    })
  }
  const withPrompt = useCases.filter((p) => p.prompt_text)
  const first = withPrompt.find((p) => p.author_id !== o.consentFrom) ?? useCases[0]
  if (first) make(first, 'published')
  const second = useCases.find((p) => p.author_id === o.consentFrom && p.id !== first?.id) ?? useCases.find((p) => p.id !== first?.id)
  if (second) make(second, second.author_id === o.consentFrom ? 'awaiting_author' : 'published')

  return [
    ['public.ideas', ideas],
    ['public.idea_votes', votes],
    ['public.organisation_challenges', challenges],
  ]
}
