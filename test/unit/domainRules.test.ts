/**
 * Rules that used to live in repos, now in src/domain and tested without Dexie (issue 21, item 3):
 * a prompt's cleaning and limits, the critical checklist, and data rules' checks, cleaning and
 * defensive read of a stored row.
 */
import { describe, expect, it } from 'vitest'
import { checklistItems, unansweredItems } from '@/domain/checklist'
import {
  checkDataRules,
  cleanRules,
  DATA_RULES_LIMITS,
  normaliseCustomTerms,
  parseStoredRules,
} from '@/domain/dataRulesInput'
import { cleanPrompt, InvalidPromptError, PROMPT_LIMITS, type PromptInput } from '@/domain/library'

const prompt: PromptInput = {
  title: '  Møtereferat  ',
  body: ' Skriv et referat. ',
  department: '  ',
  task: ' Referat ',
  level: null,
  dataClass: 'green',
  tags: [' møte', 'møte', '', 'referat '],
  tools: ['a', 'a', 'b'],
}

describe('cleanPrompt', () => {
  it('trims, empties optional fields to null and drops duplicate tags and tools', () => {
    expect(cleanPrompt(prompt)).toEqual({
      title: 'Møtereferat',
      body: 'Skriv et referat.',
      task: 'Referat',
      department: null,
      level: null,
      data_class: 'green',
      tags: ['møte', 'referat'],
      tools: ['a', 'b'],
    })
  })

  it("refuses what the server's limits would", () => {
    const fails = (input: Partial<PromptInput>) => {
      try {
        cleanPrompt({ ...prompt, ...input })
        return null
      } catch (e) {
        return e instanceof InvalidPromptError ? `${e.field}:${e.code}` : String(e)
      }
    }
    expect(fails({ title: ' ' })).toBe('title:required')
    expect(fails({ body: '' })).toBe('body:required')
    expect(fails({ title: 'x'.repeat(PROMPT_LIMITS.title + 1) })).toBe('title:too_long')
    expect(fails({ title: 'x'.repeat(PROMPT_LIMITS.title) })).toBeNull()
    expect(fails({ department: 'd'.repeat(61) })).toBe('department:too_long')
    expect(fails({ tags: Array.from({ length: 13 }, (_, i) => `t${i}`) })).toBe('tags:too_long')
  })
})

describe('the critical checklist', () => {
  it('lists the items not answered yet', () => {
    expect(unansweredItems({})).toEqual([...checklistItems])
    expect(unansweredItems({ facts_checked: 'yes', bias: 'not_relevant' })).toEqual([
      'invented_sources',
      'confidentiality',
      'fit_for_purpose',
    ])
  })
})

describe('data rules input', () => {
  it('normalises terms and reports size problems after the domain rules', () => {
    expect(normaliseCustomTerms([' Fjell  vann', 'fjell vann', ''])).toEqual(['Fjell vann'])
    const rules = {
      tools: [{ id: 't', name: 'x'.repeat(DATA_RULES_LIMITS.toolName + 1) }],
      allowed: { t: ['green' as const] },
    }
    expect(checkDataRules(rules, ['A'])).toEqual([
      { code: 'tool_name_too_long', toolId: 't' },
      { code: 'term_too_short', term: 'A' },
    ])
  })

  it('cleans tools and keeps unknown classes for the validator to report', () => {
    const cleaned = cleanRules({
      tools: [{ id: ' t ', name: ' T ', url: ' ', retired: false }],
      allowed: { t: ['red', 'purple' as never, 'green'] },
    })
    expect(cleaned).toEqual({ tools: [{ id: 't', name: 'T' }], allowed: { t: ['green', 'red', 'purple'] } })
  })

  it('reads a stored row defensively', () => {
    expect(
      parseStoredRules({
        organisation_id: 'o',
        tools: [{ id: 't', name: 'T', url: 5 }, 'junk', { id: 1 }],
        allowed: { t: ['green', 'purple'], u: 'red' },
        custom_terms: ['Kunde', 3],
        updated_at: '2025-11-20T10:00:00.000Z',
      }),
    ).toEqual({
      organisationId: 'o',
      rules: { tools: [{ id: 't', name: 'T' }], allowed: { t: ['green'] } },
      customTerms: ['Kunde'],
      updatedAt: '2025-11-20T10:00:00.000Z',
      updatedBy: null,
    })
  })
})
