import { readFileSync } from 'node:fs'
import postcss, { type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import { darkPalette, DARK_SELECTOR, SYSTEM_DARK_SELECTOR } from '../../scripts/darkPalette'

const tokens = readFileSync('src/styles/tokens.css', 'utf8')

describe('one dark palette (tokens.css), its system copy made at build time', () => {
  it('is written once in the source', () => {
    expect(tokens.split('--color-bg: #0e1620').length - 1).toBe(1)
  })

  it('follows the system setting with the same declarations, unless the user chose light', async () => {
    const root = (await postcss([darkPalette()]).process(tokens, { from: undefined })).root
    const rules: Rule[] = []
    root.walkRules((rule) => void rules.push(rule))
    const chosen = rules.find((r) => r.selector === DARK_SELECTOR)!
    const system = rules.find((r) => r.selector === SYSTEM_DARK_SELECTOR)!
    expect(system.parent).toMatchObject({ type: 'atrule', name: 'media', params: '(prefers-color-scheme: dark)' })
    const declarations = (rule: Rule) => rule.nodes.filter((n) => n.type === 'decl').map(String)
    expect(declarations(system)).toEqual(declarations(chosen))
    expect(declarations(system)).toContain('--color-bg: #0e1620')
    expect(declarations(system).length).toBeGreaterThan(15)
  })
})
