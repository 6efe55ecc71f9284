/**
 * Validates the whole starter curriculum (L5): every lesson, challenge, spot-the-flaw exercise and
 * library prompt under src/content. Each check collects every problem it finds, so a failure
 * lists all of them with where they are.
 *
 * Id scope: lessons, cards, questions, review cards, challenges, flaws and library prompts are
 * unique across the whole curriculum (progress and review state are stored by these ids);
 * choices are unique within their question and sentences within their exercise (they are only
 * ever stored next to the question or exercise id).
 */
import { describe, expect, it } from 'vitest'
import { competencyIds, departments, levelOf, levels, type Department } from '@/domain/competence'
import { flawKinds } from '@/content/types'
import { terms } from '@/content/terms'
import { lessonMinutes, lessonWords } from '@/content/lessonLength'
import type {
  LibraryPrompt,
  Lesson,
  Localized,
  PromptChallenge,
  SpotTheFlaw,
} from '@/content/types'
import { loadChallenges, loadFlaws, loadLesson, loadLessons, loadLibraryPrompts } from '@/content'

type Exported<T> = Record<string, T | T[]>

function flatten<T>(files: Exported<T>): T[] {
  return Object.values(files).flatMap((value) => (Array.isArray(value) ? value : [value]))
}

const lessons = flatten(
  import.meta.glob<Lesson | Lesson[]>('../../src/content/lessons/*.ts', {
    eager: true,
    import: 'default',
  }),
)
const challenges = flatten(
  import.meta.glob<PromptChallenge | PromptChallenge[]>('../../src/content/challenges/*.ts', {
    eager: true,
    import: 'default',
  }),
)
const flaws = flatten(
  import.meta.glob<SpotTheFlaw | SpotTheFlaw[]>('../../src/content/flaws/*.ts', {
    eager: true,
    import: 'default',
  }),
)
const prompts = flatten(
  import.meta.glob<LibraryPrompt | LibraryPrompt[]>('../../src/content/library/*.ts', {
    eager: true,
    import: 'default',
  }),
)

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id)
  return [...repeated]
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value).sort()
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'nb'
}

/** Every Localized anywhere inside `value`, with its path. */
function localizedIn(value: unknown, path: string): { path: string; text: Localized }[] {
  if (isLocalized(value)) return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedIn(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => localizedIn(item, `${path}.${key}`))
  }
  return []
}

function translationProblems(items: readonly { id: string }[]): string[] {
  return items
    .flatMap((item) => localizedIn(item, item.id))
    .flatMap(({ path, text }) => {
      const problems: string[] = []
      if (typeof text.nb !== 'string' || text.nb.trim() === '')
        problems.push(`${path}: nb is empty`)
      if (typeof text.en !== 'string' || text.en.trim() === '')
        problems.push(`${path}: en is empty`)
      if (problems.length === 0 && text.nb.trim() === text.en.trim()) {
        problems.push(
          `${path}: nb and en are the same (missing translation?) "${text.nb.slice(0, 40)}"`,
        )
      }
      return problems
    })
}

function placeholderKeys(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!).sort()
}

/** Choices are of similar length: the shortest at least half the longest, or within 12 characters. */
function balanced(shortest: number, longest: number): boolean {
  return shortest * 2 >= longest || longest - shortest <= 12
}

/** The right choice is longer than every other (a tie gives nothing away). */
function rightIsLongest(q: Lesson['quiz'][number], lang: 'nb' | 'en'): boolean {
  const right = q.choices.find((c) => c.id === q.correct)
  if (!right) return false
  const others = q.choices.filter((c) => c.id !== q.correct).map((c) => c.text[lang].length)
  return right.text[lang].length > Math.max(...others)
}

/** aa, oe and ae standing in for å, ø and æ (maal, moete, vaart, loenn …). */
const ASCII_STAND_IN = /aa|oe|ae/
/** Bokmål words that must not appear in an English key. */
const NORWEGIAN_IN_KEY = /[æøå]|moete|notat|oppgave|kunde|stilling|maal|fakta|tilbud|frist/

const sameSet = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort())

describe('ids', () => {
  it('are unique for lessons, cards, questions, review cards, challenges, flaws and prompts', () => {
    const groups: Record<string, string[]> = {
      lessons: lessons.map((l) => l.id),
      cards: lessons.flatMap((l) => l.cards.map((c) => c.id)),
      questions: lessons.flatMap((l) => l.quiz.map((q) => q.id)),
      'review cards': lessons.flatMap((l) => l.review.map((r) => r.id)),
      challenges: challenges.map((c) => c.id),
      flaws: flaws.map((f) => f.id),
      'library prompts': prompts.map((p) => p.id),
    }
    const problems = Object.entries(groups).flatMap(([group, ids]) =>
      duplicates(ids).map((id) => `${group}: "${id}" is used more than once`),
    )
    expect(problems).toEqual([])
  })

  it('are unique for choices within a question and sentences within an exercise', () => {
    const problems = [
      ...lessons.flatMap((l) =>
        l.quiz.flatMap((q) =>
          duplicates(q.choices.map((c) => c.id)).map((id) => `${q.id}: choice "${id}" repeated`),
        ),
      ),
      ...flaws.flatMap((f) =>
        duplicates(f.sentences.map((s) => s.id)).map((id) => `${f.id}: sentence "${id}" repeated`),
      ),
    ]
    expect(problems).toEqual([])
  })

  it('are non-empty', () => {
    const all = [
      ...lessons.flatMap((l) => [
        l.id,
        ...l.cards.map((c) => c.id),
        ...l.quiz.map((q) => q.id),
        ...l.review.map((r) => r.id),
      ]),
      ...lessons.flatMap((l) => l.quiz.flatMap((q) => q.choices.map((c) => c.id))),
      ...challenges.map((c) => c.id),
      ...flaws.flatMap((f) => [f.id, ...f.sentences.map((s) => s.id)]),
      ...prompts.map((p) => p.id),
    ]
    expect(all.filter((id) => typeof id !== 'string' || id.trim() === '')).toEqual([])
  })
})

describe('translations', () => {
  it('give every text in bokmål and English, and the two differ', () => {
    expect(translationProblems([...lessons, ...challenges, ...flaws, ...prompts])).toEqual([])
  })
})

/** Every string value in a locale file (keys and {interpolations} are not text). */
function localeValues(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value.replace(/\{[^{}]*\}/g, ' ') }]
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => localeValues(v, `${path}.${k}`))
  return []
}
// Read as text: the i18n plugin turns imported locale JSON into compiled messages.
const localeFiles = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../src/locales/**/*.json', {
      eager: true,
      query: '?raw',
      import: 'default',
    }),
  ).map(([file, raw]) => [file, JSON.parse(raw) as unknown]),
)

/** A wrong variant at the start of a word (any ending), case-insensitively. */
function wrongVariantIn(text: string, variant: string): boolean {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}`, 'iu').test(text)
}

describe('term list (src/content/terms.ts)', () => {
  const contentTexts = [...lessons, ...challenges, ...flaws, ...prompts].flatMap((item) =>
    localizedIn(item, item.id),
  )
  const localeTexts = (lang: 'nb' | 'en') =>
    Object.entries(localeFiles)
      .filter(([file]) => file.endsWith(`/${lang}.json`))
      .flatMap(([file, messages]) => localeValues(messages, file.replace('../../src/locales/', '')))

  for (const lang of ['nb', 'en'] as const) {
    it(`no wrong variant of a listed term appears in ${lang} content or locale files`, () => {
      const texts = [
        ...contentTexts.map(({ path, text }) => ({ path, text: text[lang] })),
        ...localeTexts(lang),
      ]
      expect(localeTexts(lang).length).toBeGreaterThan(300)
      const problems = terms.flatMap((term) =>
        (lang === 'nb' ? term.wrongNb : term.wrongEn).flatMap((variant) =>
          texts
            .filter(({ text }) => wrongVariantIn(text, variant))
            .map(({ path }) => `${path}: "${variant}" – write "${term[lang]}"`),
        ),
      )
      expect(problems).toEqual([])
    })
  }

  it('gives one bokmål and one English term per concept, none of them also listed as wrong', () => {
    expect(duplicates(terms.map((t) => t.nb.toLowerCase()))).toEqual([])
    expect(duplicates(terms.map((t) => t.en.toLowerCase()))).toEqual([])
    const wrongs = terms.flatMap((t) => [...t.wrongNb, ...t.wrongEn].map((w) => w.toLowerCase()))
    expect(terms.filter((t) => wrongs.includes(t.nb.toLowerCase()))).toEqual([])
  })

  it('never shows a bokmål [PLACEHOLDER] in an English text', () => {
    const bokmal =
      /\[(?:[^\]]*[ÆØÅ][^\]]*|KUNDE|NAVN|DATO|PRIS|ANTALL|LIM INN[^\]]*|USIKKER|SJEKK|MANGLER|STILLING|LEDER|PRODUKT|ORDRENR|BRANSJE|TALL|HEMMELIG|FAG)\]/
    const found = contentTexts.filter(({ text }) => bokmal.test(text.en)).map(({ path }) => path)
    expect(found).toEqual([])
    expect(bokmal.test('Skriv til [KUNDE]')).toBe(true)
    expect(bokmal.test('Write to [CUSTOMER]')).toBe(false)
  })

  it('matches a wrong variant at the start of a word only', () => {
    expect(wrongVariantIn('Legg den i prompt-biblioteket.', 'prompt-bibliotek')).toBe(true)
    expect(wrongVariantIn('Egenrapporterte tall', 'egenrapportert')).toBe(true)
    expect(wrongVariantIn('Legg den i promptbiblioteket.', 'prompt-bibliotek')).toBe(false)
    expect(wrongVariantIn('KI-output', 'output')).toBe(false)
  })
})

describe('lessons', () => {
  it('are at least 12', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12)
  })

  it('cover every competency and every level', () => {
    expect(competencyIds.filter((id) => !lessons.some((l) => l.competency === id))).toEqual([])
    expect(levels.filter((level) => !lessons.some((l) => l.level === level))).toEqual([])
  })

  it('have the level of their competency and a unique order', () => {
    const problems = lessons
      .filter((l) => competencyIds.includes(l.competency) && l.level !== levelOf(l.competency))
      .map((l) => `${l.id}: level ${l.level}, but ${l.competency} is ${levelOf(l.competency)}`)
    expect(problems).toEqual([])
    expect(lessons.filter((l) => !competencyIds.includes(l.competency)).map((l) => l.id)).toEqual(
      [],
    )
    expect(duplicates(lessons.map((l) => String(l.order)))).toEqual([])
  })

  it('have exactly one compliance lesson, and it comes first (order 1)', () => {
    const compliance = lessons.filter((l) => l.compliance === true)
    expect(compliance.map((l) => l.order)).toEqual([1])
    expect(Math.min(...lessons.map((l) => l.order))).toBe(1)
  })

  it('have 5–10 cards, 3–5 quiz questions and 2–4 review cards', () => {
    const problems = lessons.flatMap((l) => [
      ...(l.cards.length < 5 || l.cards.length > 10 ? [`${l.id}: ${l.cards.length} cards`] : []),
      ...(l.quiz.length < 3 || l.quiz.length > 5 ? [`${l.id}: ${l.quiz.length} questions`] : []),
      ...(l.review.length < 2 || l.review.length > 4
        ? [`${l.id}: ${l.review.length} review cards`]
        : []),
    ])
    expect(problems).toEqual([])
  })

  it('have quiz questions with ≥ 2 distinct choices, the right one among them, and an explanation', () => {
    const problems = lessons.flatMap((l) =>
      l.quiz.flatMap((q) => {
        const found: string[] = []
        if (q.choices.length < 2) found.push(`${q.id}: fewer than 2 choices`)
        if (!q.choices.some((c) => c.id === q.correct))
          found.push(`${q.id}: correct "${q.correct}" is not a choice`)
        if (duplicates(q.choices.map((c) => c.text.nb.trim())).length > 0)
          found.push(`${q.id}: two choices say the same (nb)`)
        if (duplicates(q.choices.map((c) => c.text.en.trim())).length > 0)
          found.push(`${q.id}: two choices say the same (en)`)
        if (!isLocalized(q.explanation)) found.push(`${q.id}: no explanation`)
        return found
      }),
    )
    expect(problems).toEqual([])
  })

  it('have exactly four choices per question, of similar length in both languages', () => {
    const problems = lessons.flatMap((l) =>
      l.quiz.flatMap((q) => [
        ...(q.choices.length !== 4 ? [`${q.id}: ${q.choices.length} choices, not 4`] : []),
        ...(['nb', 'en'] as const).flatMap((lang) => {
          const lengths = q.choices.map((c) => c.text[lang].length)
          const longest = Math.max(...lengths)
          const shortest = Math.min(...lengths)
          return balanced(shortest, longest)
            ? []
            : [`${q.id} (${lang}): choices from ${shortest} to ${longest} characters`]
        }),
      ]),
    )
    expect(problems).toEqual([])
  })

  it('do not give the answer away by length: the right choice is the longest in at most a third of a lesson’s questions', () => {
    const problems = lessons.flatMap((l) =>
      (['nb', 'en'] as const).flatMap((lang) => {
        const longest = l.quiz.filter((q) => rightIsLongest(q, lang)).map((q) => q.id)
        return longest.length * 3 > l.quiz.length
          ? [`${l.id} (${lang}): the right choice is the longest in ${longest.join(', ')}`]
          : []
      }),
    )
    expect(problems).toEqual([])
  })

  it('are labelled with their real length: reading, quiz and try-it at 200 words a minute', () => {
    const wrong = lessons
      .filter((l) => l.minutes !== lessonMinutes(l))
      .map(
        (l) =>
          `${l.id}: labelled ${l.minutes} min, reads in ${lessonMinutes(l)} (${lessonWords(l)} words)`,
      )
    expect(wrong).toEqual([])
  })

  it('count minutes as words / 200, rounded up', () => {
    const text = (n: number) => ({
      nb: Array(n).fill('ord').join(' '),
      en: Array(n).fill('word').join(' '),
    })
    const lesson = {
      ...lessons[0]!,
      cards: [{ id: 'c', title: text(0), body: text(390) }],
      example: {
        ...lessons[0]!.example,
        situation: text(10),
        weakPrompt: text(0),
        strongPrompt: text(0),
        whyItWorks: text(0),
      },
      quiz: [],
      tryIt: text(1),
    }
    expect(lessonWords(lesson)).toBe(401)
    expect(lessonMinutes(lesson)).toBe(3)
  })

  it('give each person one role: a name is the main person of one worked example only', () => {
    const protagonist = /(\p{Lu}\p{Ll}+) (?:er|jobber|leder)\b/u
    const byName = new Map<string, string[]>()
    for (const l of lessons) {
      const name = protagonist.exec(l.example.situation.nb)?.[1]
      if (name) byName.set(name, [...(byName.get(name) ?? []), l.id])
    }
    expect(byName.size).toBeGreaterThan(5)
    const twice = [...byName].filter(([, ids]) => ids.length > 1).map(([n, ids]) => `${n}: ${ids}`)
    expect(twice).toEqual([])
  })

  it('have a summary, a worked example, a try-it step and a sensible length', () => {
    const problems = lessons.flatMap((l) => [
      ...(!isLocalized(l.summary) ? [`${l.id}: no summary`] : []),
      ...(!isLocalized(l.tryIt) ? [`${l.id}: no try-it step`] : []),
      ...(!l.example || !departments.includes(l.example.department)
        ? [`${l.id}: no worked example for a department`]
        : []),
      ...(!(l.minutes > 0 && l.minutes <= 20) ? [`${l.id}: ${l.minutes} minutes`] : []),
      ...l.departments
        .filter((d) => !departments.includes(d))
        .map((d) => `${l.id}: unknown department ${d}`),
    ])
    expect(problems).toEqual([])
  })
})

/** A text that states a rule of law: it names a law, an article or the authority. */
const LEGAL =
  /KI-forordning|AI Act|GDPR|personvernforordning|personopplysningslov|Personal Data Act|artikkel \d|article \d|arbeidsmiljøloven|Working Environment Act|åndsverkloven|Copyright Act|likestillings- og diskriminerings|Anti-Discrimination Act|Datatilsynet/i
const TODAY = '2026-12-07'

describe('legal statements', () => {
  it('every lesson card that states a rule of law carries the date it was checked and where to check it', () => {
    const problems = lessons.flatMap((l) =>
      l.cards.flatMap((c) => {
        if (!LEGAL.test(c.body.nb) && !LEGAL.test(c.body.en)) return []
        if (!c.legal)
          return [`${c.id}: states a rule of law without a legal note (date, where to check)`]
        const found: string[] = []
        if (!/^\d{4}-\d{2}-\d{2}$/.test(c.legal.asOf) || Number.isNaN(Date.parse(c.legal.asOf)))
          found.push(`${c.id}: legal.asOf "${c.legal.asOf}" is not a date`)
        else if (c.legal.asOf > TODAY)
          found.push(`${c.id}: legal.asOf ${c.legal.asOf} is in the future`)
        if (!isLocalized(c.legal.check)) found.push(`${c.id}: legal.check missing`)
        return found
      }),
    )
    expect(problems).toEqual([])
  })

  it('state article 4 of the AI Act as measures "to their best extent", never as a duty to ensure sufficient literacy', () => {
    const all = [...lessons, ...challenges, ...flaws, ...prompts].flatMap((item) =>
      localizedIn(item, item.id),
    )
    const overstated = all.filter(
      ({ text }) =>
        /har (god nok|tilstrekkelig) KI-kompetanse/.test(text.nb) && !/tiltak/.test(text.nb),
    )
    expect(overstated.map((o) => o.path)).toEqual([])
    const article4 = lessons.flatMap((l) => l.cards).filter((c) => /artikkel 4/i.test(c.body.nb))
    expect(article4.length).toBeGreaterThan(0)
    for (const card of article4) {
      expect(card.body.nb).toMatch(/tiltak/)
      expect(card.body.en).toMatch(/to their best extent/)
      expect(card.body.en).toMatch(/on (its|their) behalf/)
    }
    // Its status in Norway: the EEA Agreement and a national law, and where to check.
    for (const lesson of lessons.filter((l) => l.cards.some((c) => article4.includes(c)))) {
      const text = lesson.cards.map((c) => `${c.body.nb} ${c.legal?.check.nb ?? ''}`).join(' ')
      expect(text, lesson.id).toMatch(/EØS-avtalen og en (egen )?norsk lov/)
      expect(text, lesson.id).toMatch(/regjeringen\.no/)
    }
  })

  it("date the AI Act's transparency duties (2 August 2026) and mention that the EU proposed moving dates", () => {
    const text = lessons
      .flatMap((l) => l.cards)
      .map((c) => `${c.body.nb}\n${c.body.en}`)
      .join('\n')
    expect(text).toMatch(/2\. august 2026/)
    expect(text).toMatch(/2 August 2026/)
    expect(text).toMatch(/foreslått å utsette/)
  })
})

describe('prompt challenges', () => {
  it('are at least 12', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(12)
  })

  it('each have flavours for at least two departments, and hints', () => {
    const problems = challenges.flatMap((c) => {
      const flavoured = Object.keys(c.flavours ?? {})
      return [
        ...(flavoured.length < 2
          ? [`${c.id}: flavours for ${flavoured.length} department(s)`]
          : []),
        ...flavoured
          .filter((d) => !departments.includes(d as Department))
          .map((d) => `${c.id}: unknown department ${d}`),
        ...((c.hints ?? []).length === 0 ? [`${c.id}: no hints`] : []),
        ...(!competencyIds.includes(c.competency)
          ? [`${c.id}: unknown competency ${c.competency}`]
          : []),
      ]
    })
    expect(problems).toEqual([])
  })

  it('cover every department and all three levels', () => {
    const flavoured = new Set(challenges.flatMap((c) => Object.keys(c.flavours ?? {})))
    expect(departments.filter((d) => !flavoured.has(d))).toEqual([])
    expect(levels.filter((level) => !challenges.some((c) => c.level === level))).toEqual([])
  })
})

describe('spot the flaw', () => {
  const planted = (f: SpotTheFlaw) => f.sentences.filter((s) => s.flawed)

  it('has at least 12 exercises', () => {
    expect(flaws.length).toBeGreaterThanOrEqual(12)
  })

  it('each have 0–4 flawed sentences, each with a kind and an explanation, and ≥ 2 sound sentences', () => {
    const problems = flaws.flatMap((f) => {
      const flawed = planted(f)
      const sound = f.sentences.filter((s) => !s.flawed)
      return [
        ...(flawed.length > 4 ? [`${f.id}: ${flawed.length} flawed sentences`] : []),
        ...(sound.length < 2 ? [`${f.id}: ${sound.length} sound sentence(s)`] : []),
        ...flawed
          .filter((s) => !isLocalized(s.explanation))
          .map((s) => `${s.id}: flawed without an explanation`),
        ...flawed
          .filter((s) => !s.kind || !flawKinds.includes(s.kind))
          .map((s) => `${s.id}: flawed without a known kind (${s.kind})`),
        ...sound
          .filter((s) => s.kind || s.explanation)
          .map((s) => `${s.id}: sound, but has a kind or explanation`),
        ...(!departments.includes(f.department)
          ? [`${f.id}: unknown department ${f.department}`]
          : []),
      ]
    })
    expect(problems).toEqual([])
  })
})

describe('coverage', () => {
  it('gives every department at least five library prompts and two challenges flavoured for it', () => {
    const problems = departments.flatMap((d) => {
      const library = prompts.filter((p) => p.department === d).length
      const flavoured = challenges.filter((c) => d in c.flavours).length
      return [
        ...(library < 5 ? [`${d}: ${library} library prompts`] : []),
        ...(flavoured < 2 ? [`${d}: ${flavoured} challenges`] : []),
      ]
    })
    expect(problems).toEqual([])
    expect(departments).toEqual(expect.arrayContaining(['finance', 'management', 'it', 'purchasing']))
  })

  it('has at least ten expert library prompts and six expert challenges', () => {
    expect(prompts.filter((p) => p.level === 'expert').length).toBeGreaterThanOrEqual(10)
    expect(challenges.filter((c) => c.level === 'expert').length).toBeGreaterThanOrEqual(6)
  })

  it('keeps the reworked prompts reworked: one task each, personal data removed, no counts from free text', () => {
    const byId = (id: string) => prompts.find((p) => p.id === id)!
    expect(byId('lp-cs-tone-check').body.nb).toMatch(/kan peke på en person/)
    expect(byId('lp-cs-tone-check').body.en).toMatch(/could point to a person/)
    expect(byId('lp-sales-objections').body.nb).not.toMatch(/rollespill/)
    expect(byId('lp-sales-objection-roleplay')).toBeDefined()
    const survey = byId('lp-hr-survey-themes')
    expect(survey.body.nb).toMatch(/Oppgi ikke antall/)
    expect(survey.body.nb).not.toMatch(/Antall svar som nevner/)
    expect(survey.placeholders.map((p) => p.key.nb)).not.toContain('antall_svar')
  })
})

describe('spot the flaw: variety', () => {
  const counts = flaws.map((f) => f.sentences.filter((s) => s.flawed).length)
  const kinds = flaws.flatMap((f) => f.sentences.filter((s) => s.flawed).map((s) => s.kind))

  it('vary how many errors there are, from none to four, so the count gives nothing away', () => {
    expect(counts).toContain(0)
    expect(counts).toContain(4)
    expect(new Set(counts).size).toBeGreaterThanOrEqual(4)
  })

  it('vary in length (at least three different numbers of sentences)', () => {
    expect(new Set(flaws.map((f) => f.sentences.length)).size).toBeGreaterThanOrEqual(3)
  })

  it('plant at least four kinds of error, with the kinds real models make, and few arithmetic slips', () => {
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(4)
    for (const kind of [
      'omitted-condition',
      'outdated-fact',
      'unverifiable-source',
      'changed-detail',
      'outside-approved-tools',
    ] as const) {
      expect(kinds, kind).toContain(kind)
    }
    expect(kinds.filter((k) => k === 'arithmetic').length * 5).toBeLessThanOrEqual(kinds.length)
  })
})

describe('library prompts', () => {
  it('are at least 30', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(30)
  })

  it('use exactly the declared placeholders, in both languages', () => {
    const problems = prompts.flatMap((p) => {
      const found: string[] = []
      for (const lang of ['nb', 'en'] as const) {
        const declared = p.placeholders.map((ph) => ph.key[lang])
        found.push(
          ...duplicates(declared).map(
            (k) => `${p.id} (${lang}): placeholder "${k}" declared twice`,
          ),
        )
        const used = placeholderKeys(p.body[lang])
        if (!sameSet(used, declared)) {
          found.push(
            `${p.id} (${lang}): body uses {{${[...new Set(used)].join('}}, {{')}}} but declares ${declared.join(', ') || 'none'}`,
          )
        }
      }
      return found
    })
    expect(problems).toEqual([])
  })

  it('write placeholders in one style: bokmål keys in bokmål (æøå, no aa/oe/ae stand-ins), English keys in English', () => {
    const problems = prompts.flatMap((p) =>
      p.placeholders.flatMap(({ key }) => [
        ...(!/^[a-zæøå0-9]+(_[a-zæøå0-9]+)*$/.test(key.nb)
          ? [`${p.id}: "${key.nb}" is not snake_case`]
          : []),
        ...(!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(key.en)
          ? [`${p.id}: "${key.en}" is not English snake_case`]
          : []),
        ...(ASCII_STAND_IN.test(key.nb) ? [`${p.id}: "${key.nb}" spells æ/ø/å with ASCII`] : []),
        ...(key.nb === key.en
          ? [`${p.id}: "${key.en}" is the bokmål key in the English prompt`]
          : []),
        ...(NORWEGIAN_IN_KEY.test(key.en) ? [`${p.id}: "${key.en}" looks Norwegian`] : []),
      ]),
    )
    expect(problems).toEqual([])
  })

  it('name a known department', () => {
    expect(prompts.filter((p) => !departments.includes(p.department)).map((p) => p.id)).toEqual([])
  })
})

describe('lazy loaders (src/content/index.ts)', () => {
  it('load the same lessons as the files hold, in curriculum order', async () => {
    const loaded = await loadLessons()
    expect(loaded.map((l) => l.id)).toEqual(
      [...lessons].sort((a, b) => a.order - b.order).map((l) => l.id),
    )
  })

  it('load one lesson by id, and nothing for an unknown id', async () => {
    for (const lesson of lessons) expect((await loadLesson(lesson.id))?.id).toBe(lesson.id)
    expect(await loadLesson('no-such-lesson')).toBeUndefined()
  })

  it('load every challenge, exercise and library prompt', async () => {
    expect((await loadChallenges()).map((c) => c.id).sort()).toEqual(
      challenges.map((c) => c.id).sort(),
    )
    expect((await loadFlaws()).map((f) => f.id).sort()).toEqual(flaws.map((f) => f.id).sort())
    expect((await loadLibraryPrompts()).map((p) => p.id).sort()).toEqual(
      prompts.map((p) => p.id).sort(),
    )
  })
})

describe('the checks themselves', () => {
  it('catch a missing or copied translation anywhere in an item', () => {
    const item = {
      id: 'x',
      title: { nb: 'Tittel', en: 'Title' },
      nested: [{ text: { nb: 'Samme', en: 'Samme' } }, { text: { nb: '', en: 'Empty nb' } }],
    }
    expect(translationProblems([item])).toEqual([
      'x.nested[0].text: nb and en are the same (missing translation?) "Samme"',
      'x.nested[1].text: nb is empty',
    ])
  })

  it('catch unbalanced choices and a right answer that stands out by length', () => {
    expect(balanced(30, 60)).toBe(true)
    expect(balanced(29, 60)).toBe(false)
    expect(balanced(4, 16)).toBe(true)
    const q = (right: string, other: string) => ({
      id: 'q',
      question: { nb: '?', en: '?' },
      correct: 'r',
      explanation: { nb: '.', en: '.' },
      choices: [
        { id: 'r', text: { nb: right, en: right } },
        { id: 'o', text: { nb: other, en: other } },
      ],
    })
    expect(rightIsLongest(q('lang og riktig', 'kort'), 'nb')).toBe(true)
    expect(rightIsLongest(q('like', 'lang'), 'nb')).toBe(false)
    expect(rightIsLongest(q('kort', 'lang og gal'), 'en')).toBe(false)
  })

  it('read placeholders with or without spaces', () => {
    expect(placeholderKeys('Skriv til {{kunde}} om {{ sak }} innen {{frist}}.')).toEqual([
      'frist',
      'kunde',
      'sak',
    ])
    expect(sameSet(placeholderKeys('{{a}} og {{a}}'), ['a'])).toBe(true)
    expect(sameSet(placeholderKeys('{{a}}'), ['a', 'b'])).toBe(false)
  })
})
