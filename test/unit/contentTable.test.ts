import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { everything, readmeWithTable } from '@/content/everything'
import { contentTable, TABLE_END, TABLE_START, withContentTable } from '@/content/table'

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8')

describe("README's content table", () => {
  it('is the one generated from the content (run `npm run content:table` after changing content)', () => {
    expect(readme).toContain(TABLE_START)
    expect(readmeWithTable(readme)).toBe(readme)
  })

  it('counts what the content holds', () => {
    const table = contentTable(everything)
    expect(table).toContain(`**${everything.lessons.length}**, covering all 11 competencies`)
    expect(table).toContain(`**${everything.prompts.length}**`)
    expect(table).toMatch(/\| finance and accounting \| \d+ \| \d+ \| \d+ \|/)
  })

  it('replaces only what is between the markers', () => {
    const doc = `# A\n${TABLE_START}\nold\n${TABLE_END}\n## B\n`
    expect(withContentTable(doc, 'new')).toBe(`# A\n${TABLE_START}\nnew\n${TABLE_END}\n## B\n`)
    expect(() => withContentTable('# no markers', 'x')).toThrow()
  })
})
