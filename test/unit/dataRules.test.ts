import { describe, expect, it } from 'vitest'
import {
  defaultDataRules,
  promptFitForMembers,
  isToolAllowed,
  promptsNeedingReview,
  toolsAllowedFor,
  validateRules,
  type DataRules,
} from '@/domain/dataRules'

const ids = (tools: { id: string }[]) => tools.map((t) => t.id)

describe('default rules for local mode', () => {
  const rules = defaultDataRules()

  it('are valid', () => {
    expect(validateRules(rules)).toEqual([])
  })

  it('allow public data to every default tool', () => {
    expect(ids(toolsAllowedFor('green', rules))).toEqual([
      'm365-copilot',
      'chatgpt-business',
      'consumer-chatbot',
    ])
  })

  it('allow internal data only to the business tools', () => {
    expect(ids(toolsAllowedFor('yellow', rules))).toEqual(['m365-copilot', 'chatgpt-business'])
    expect(isToolAllowed('consumer-chatbot', 'yellow', rules)).toBe(false)
  })

  it('allow personal or confidential data to no tool', () => {
    expect(toolsAllowedFor('red', rules)).toEqual([])
    for (const tool of rules.tools) expect(isToolAllowed(tool.id, 'red', rules)).toBe(false)
  })

  it('are a fresh copy each time, so editing one does not change the next', () => {
    const edited = defaultDataRules()
    edited.allowed['consumer-chatbot']!.push('yellow')
    edited.tools.pop()
    expect(defaultDataRules()).toEqual(rules)
  })
})

function orgRules(): DataRules {
  return {
    tools: [
      { id: 'copilot', name: 'Copilot', dataProcessingAgreement: true },
      { id: 'internal-gpt', name: 'Intern KI (Azure OpenAI)', dataProcessingAgreement: true },
      { id: 'old-bot', name: 'Gammel chatbot', retired: true },
    ],
    allowed: {
      copilot: ['green', 'yellow'],
      'internal-gpt': ['green', 'yellow', 'red'],
    },
  }
}

describe('an organisation with an approved tool for red data', () => {
  const rules = orgRules()

  it('is valid and allows red only to the tool with an agreement', () => {
    expect(validateRules(rules)).toEqual([])
    expect(ids(toolsAllowedFor('red', rules))).toEqual(['internal-gpt'])
    expect(ids(toolsAllowedFor('yellow', rules))).toEqual(['copilot', 'internal-gpt'])
  })

  it('never allows a retired or unknown tool', () => {
    expect(isToolAllowed('old-bot', 'green', rules)).toBe(false)
    expect(isToolAllowed('unknown', 'green', rules)).toBe(false)
    const retiredWithRule: DataRules = {
      ...rules,
      allowed: { ...rules.allowed, 'old-bot': ['green'] },
    }
    expect(isToolAllowed('old-bot', 'green', retiredWithRule)).toBe(false)
    expect(ids(toolsAllowedFor('green', retiredWithRule))).toEqual(['copilot', 'internal-gpt'])
  })

  it('does not treat an inherited property as a rule', () => {
    const tricky: DataRules = { tools: [{ id: 'constructor', name: 'X' }], allowed: {} }
    expect(isToolAllowed('constructor', 'green', tricky)).toBe(false)
  })
})

describe('validateRules', () => {
  it('reports missing and duplicate ids, missing names and bad urls', () => {
    const rules: DataRules = {
      tools: [
        { id: ' ', name: 'Uten id' },
        { id: 'a', name: 'A', url: 'https://a.example' },
        { id: 'a', name: '  ' },
        { id: 'b', name: 'B', url: 'javascript:alert(1)' },
        { id: 'c', name: 'C', url: 'ikke en adresse' },
      ],
      allowed: {},
    }
    expect(validateRules(rules)).toEqual([
      { code: 'tool_id_missing' },
      { code: 'tool_id_duplicate', toolId: 'a' },
      { code: 'tool_name_missing', toolId: 'a' },
      { code: 'tool_url_invalid', toolId: 'b' },
      { code: 'tool_url_invalid', toolId: 'c' },
    ])
  })

  it('reports rules for unknown tools and unknown classes', () => {
    const rules: DataRules = {
      tools: [{ id: 'a', name: 'A' }],
      allowed: { ghost: ['green'], a: ['green', 'purple' as never] },
    }
    expect(validateRules(rules)).toEqual([
      { code: 'rule_for_unknown_tool', toolId: 'ghost' },
      { code: 'unknown_data_class', toolId: 'a' },
    ])
  })

  it('requires classes to be cumulative: yellow implies green, red implies both', () => {
    const rules: DataRules = {
      tools: [
        { id: 'y', name: 'Y' },
        { id: 'r', name: 'R', dataProcessingAgreement: true },
        { id: 'ok', name: 'OK' },
      ],
      allowed: { y: ['yellow'], r: ['green', 'red'], ok: ['yellow', 'green'] },
    }
    expect(validateRules(rules)).toEqual([
      { code: 'classes_not_cumulative', toolId: 'y' },
      { code: 'classes_not_cumulative', toolId: 'r' },
    ])
  })

  it('refuses red data for a tool without a data processing agreement', () => {
    const rules: DataRules = {
      tools: [{ id: 'free', name: 'Gratis chatbot' }],
      allowed: { free: ['green', 'yellow', 'red'] },
    }
    expect(validateRules(rules)).toEqual([{ code: 'red_without_agreement', toolId: 'free' }])
  })

  it('refuses classes for a retired tool but accepts an empty list', () => {
    const rules: DataRules = {
      tools: [
        { id: 'gone', name: 'Gone', retired: true },
        { id: 'gone2', name: 'Gone 2', retired: true },
      ],
      allowed: { gone: ['green'], gone2: [] },
    }
    expect(validateRules(rules)).toEqual([{ code: 'retired_tool_allowed', toolId: 'gone' }])
  })
})

describe('promptsNeedingReview', () => {
  const rules = orgRules()
  const prompts = [
    { id: 'p1', toolIds: ['copilot'], dataClass: 'yellow' as const, title: 'Referat' },
    { id: 'p2', toolIds: ['old-bot'], dataClass: 'green' as const, title: 'Gammel' },
    { id: 'p3', toolIds: ['copilot', 'mystery-ai'], dataClass: 'green' as const, title: 'Ukjent' },
    { id: 'p4', toolIds: ['copilot'], dataClass: 'red' as const, title: 'Lønn' },
    { id: 'p5', title: 'Uten verktøy' },
    { id: 'p6', toolIds: ['internal-gpt'], dataClass: 'red' as const, title: 'Personal' },
  ]

  it('finds prompts tied to retired, unapproved or unsuitable tools, keeping the prompt object', () => {
    const result = promptsNeedingReview(prompts, rules)
    expect(result.map((r) => [r.prompt.id, r.problems])).toEqual([
      ['p2', [{ toolId: 'old-bot', reason: 'tool_retired' }]],
      ['p3', [{ toolId: 'mystery-ai', reason: 'tool_not_approved' }]],
      ['p4', [{ toolId: 'copilot', reason: 'class_not_allowed' }]],
    ])
    expect(result[0]!.prompt.title).toBe('Gammel')
  })

  it('flags more prompts when the organisation retires a tool', () => {
    const retired: DataRules = {
      ...rules,
      tools: rules.tools.map((t) => (t.id === 'copilot' ? { ...t, retired: true } : t)),
    }
    expect(promptsNeedingReview(prompts, retired).map((r) => r.prompt.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
    ])
  })
})

describe('promptFitForMembers', () => {
  const rules = defaultDataRules()
  it('passes a prompt some approved tool may receive', () => {
    expect(promptFitForMembers({ id: 'a', toolIds: [], dataClass: 'yellow' }, rules)).toBe(true)
    expect(promptFitForMembers({ id: 'b', toolIds: ['m365-copilot'], dataClass: 'yellow' }, rules)).toBe(true)
  })
  it('stops one no approved tool may receive, or one tied to a retired or unknown tool', () => {
    expect(promptFitForMembers({ id: 'c', toolIds: [], dataClass: 'red' }, rules)).toBe(false)
    expect(promptFitForMembers({ id: 'd', toolIds: ['consumer-chatbot'], dataClass: 'yellow' }, rules)).toBe(false)
    expect(promptFitForMembers({ id: 'e', toolIds: ['gone'], dataClass: 'green' }, rules)).toBe(false)
    const retired = { ...rules, tools: rules.tools.map((t) => (t.id === 'm365-copilot' ? { ...t, retired: true } : t)) }
    expect(promptFitForMembers({ id: 'f', toolIds: ['m365-copilot'], dataClass: 'green' }, retired)).toBe(false)
  })
})
