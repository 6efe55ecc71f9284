/**
 * The server's copy of which competency each lesson, challenge and spot-the-flaw trains
 * (private.matrix_content, filled by the skills-matrix migrations) must be the content's: the
 * objective estimate in SQL (skills_matrix) reads it. When content changes, add a migration that
 * updates the table; this test says what differs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { everything } from '@/content/everything'

const dir = join(__dirname, '../../../supabase/migrations')
const sql = readdirSync(dir)
  .filter((f) => f.startsWith('202612081500'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n')

const row =
  /\('(lesson|challenge|flaw)', '([^']+)', '([^']+)', (array\[[^\]]*\]::text\[\]|'\{\}'::text\[\]), (null|\d+)\)/g
const stored = new Map<
  string,
  { competency: string; questions: string[]; sentences: number | null }
>()
for (const m of sql.matchAll(row)) {
  const questions = [...m[4]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!).filter((q) => q !== '{}')
  stored.set(`${m[1]}:${m[2]}`, {
    competency: m[3]!,
    questions,
    sentences: m[5] === 'null' ? null : Number(m[5]),
  })
}

const expected = new Map<
  string,
  { competency: string; questions: string[]; sentences: number | null }
>()
for (const l of everything.lessons)
  expected.set(`lesson:${l.id}`, {
    competency: l.competency,
    questions: l.quiz.map((q) => q.id),
    sentences: null,
  })
for (const c of everything.challenges)
  expected.set(`challenge:${c.id}`, { competency: c.competency, questions: [], sentences: null })
for (const f of everything.flaws)
  expected.set(`flaw:${f.id}`, {
    competency: f.competency,
    questions: [],
    sentences: f.sentences.length,
  })

describe('private.matrix_content', () => {
  it('was read from the migration', () => {
    expect(stored.size).toBeGreaterThan(20)
  })
  it('holds every lesson, challenge and flaw with its competency, quiz questions and sentences', () => {
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected))
  })
})
