/**
 * The README's content table, made from the content itself (issue 19: generated, not typed).
 * Used by `scripts/content-table.mjs` (writes it into README.md) and by
 * test/unit/contentTable.test.ts (fails when README.md and the content disagree); the app never
 * imports it.
 */
import { departments, levels, type Level } from '@/domain/competence'
import type { LibraryPrompt, Lesson, PromptChallenge, SpotTheFlaw } from './types'

export interface Content {
  lessons: readonly Lesson[]
  challenges: readonly PromptChallenge[]
  flaws: readonly SpotTheFlaw[]
  prompts: readonly LibraryPrompt[]
}

export const TABLE_START = '<!-- content-table:start (npm run content:table) -->'
export const TABLE_END = '<!-- content-table:end -->'

const levelNames: Record<Level, string> = {
  basic: 'basic (grunnivå)',
  intermediate: 'intermediate (mellomnivå)',
  expert: 'expert (ekspertnivå)',
}

const departmentNames: Record<(typeof departments)[number], string> = {
  project: 'project',
  sales: 'sales',
  marketing: 'marketing',
  hr: 'HR',
  'customer-service': 'customer service',
  production: 'production',
  finance: 'finance and accounting',
  management: 'management',
  it: 'IT',
  purchasing: 'purchasing',
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const flawCount = (f: SpotTheFlaw) => f.sentences.filter((s) => s.flawed).length

/** The markdown between the markers (without them). */
export function contentTable(c: Content): string {
  const byLevel = levels.map((level) => {
    const lessons = c.lessons.filter((l) => l.level === level)
    return {
      level,
      lessons: lessons.length,
      minutes: sum(lessons.map((l) => l.minutes)),
      cards: sum(lessons.map((l) => l.cards.length)),
      questions: sum(lessons.map((l) => l.quiz.length)),
      review: sum(lessons.map((l) => l.review.length)),
      challenges: c.challenges.filter((x) => x.level === level).length,
      flaws: c.flaws.filter((x) => x.level === level).length,
      prompts: c.prompts.filter((x) => x.level === level).length,
    }
  })
  const total = (key: keyof (typeof byLevel)[number]) => sum(byLevel.map((r) => Number(r[key])))
  const competencies = new Set(c.lessons.map((l) => l.competency)).size
  const lines = [
    '| level | lessons | minutes (reading + quiz + try-it, 200 words/min) | cards | quiz questions | review cards | prompt challenges | spot the flaw | library prompts |',
    '|---|---|---|---|---|---|---|---|---|',
    ...byLevel.map((r) =>
      row([
        levelNames[r.level],
        r.lessons,
        r.minutes,
        r.cards,
        r.questions,
        r.review,
        r.challenges,
        r.flaws,
        r.prompts,
      ]),
    ),
    row([
      '**total**',
      `**${total('lessons')}**, covering all ${competencies} competencies`,
      `**${total('minutes')}**`,
      `**${total('cards')}**`,
      `**${total('questions')}** (4 choices each)`,
      `**${total('review')}**`,
      `**${total('challenges')}**`,
      `**${total('flaws')}**`,
      `**${total('prompts')}**`,
    ]),
    '',
    '| department | lessons made for it or set in it | challenges flavoured for it | library prompts |',
    '|---|---|---|---|',
    ...departments.map((d) =>
      row([
        departmentNames[d],
        c.lessons.filter((l) => l.departments.includes(d) || l.example.department === d).length,
        c.challenges.filter((x) => d in x.flavours).length,
        c.prompts.filter((x) => x.department === d).length,
      ]),
    ),
    '',
    `Spot the flaw: ${c.flaws.length} exercises of ${Math.min(...c.flaws.map((f) => f.sentences.length))}–${Math.max(...c.flaws.map((f) => f.sentences.length))} sentences; errors per exercise: ${[0, 1, 2, 3, 4].map((n) => `${n} in ${c.flaws.filter((f) => flawCount(f) === n).length}`).join(', ')}; ${sum(c.flaws.map(flawCount))} errors of ${new Set(c.flaws.flatMap((f) => f.sentences.map((s) => s.kind).filter(Boolean))).size} kinds.`,
  ]
  return lines.join('\n')
}

/** README.md with the table between the markers replaced (the markers must be there). */
export function withContentTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  if (start < 0 || end < start) throw new Error('README.md has no content-table markers')
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`
}
