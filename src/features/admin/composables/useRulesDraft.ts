import { computed, ref } from 'vue'
import type { DataClass } from '@/domain/competence'
import { dataClasses, type ApprovedTool, type DataRules } from '@/domain/dataRules'
import {
  checkDataRules,
  DATA_RULES_LIMITS,
  normaliseCustomTerms,
  type DataRulesProblem,
} from '@/data/repos/dataRules.repo'

export type TermProblem = 'term_too_short' | 'term_too_long' | 'term_duplicate' | 'too_many_terms'

/**
 * The admin's working copy of the organisation's rules and custom terms: edited in memory,
 * checked as it changes (checkDataRules), saved in one repo write by the caller.
 */
export function useRulesDraft() {
  const rules = ref<DataRules>({ tools: [], allowed: {} })
  const terms = ref<string[]>([])
  /** Tools added since the last reset: only these may be removed outright (others are retired). */
  const added = ref(new Set<string>())
  const problems = computed<DataRulesProblem[]>(() => checkDataRules(rules.value, terms.value))

  function reset(from: { rules: DataRules; customTerms: readonly string[] }) {
    const known = new Set(from.rules.tools.map((tool) => tool.id))
    rules.value = {
      tools: from.rules.tools.map((tool) => ({ ...tool })),
      // A rule for a tool that is not on the list can only be stale: drop it here.
      allowed: Object.fromEntries(
        Object.entries(from.rules.allowed)
          .filter(([id]) => known.has(id))
          .map(([id, classes]) => [id, [...classes]]),
      ),
    }
    terms.value = [...from.customTerms]
    added.value = new Set()
  }

  function classesOf(toolId: string): DataClass[] {
    return Object.hasOwn(rules.value.allowed, toolId) ? (rules.value.allowed[toolId] ?? []) : []
  }

  function setClasses(toolId: string, classes: DataClass[]) {
    rules.value = {
      ...rules.value,
      allowed: { ...rules.value.allowed, [toolId]: dataClasses.filter((c) => classes.includes(c)) },
    }
  }

  function allow(toolId: string, dataClass: DataClass, on: boolean) {
    const current = classesOf(toolId).filter((c) => c !== dataClass)
    setClasses(toolId, on ? [...current, dataClass] : current)
  }

  function updateTool(toolId: string, patch: Partial<Omit<ApprovedTool, 'id'>>) {
    rules.value = {
      ...rules.value,
      tools: rules.value.tools.map((tool) => (tool.id === toolId ? { ...tool, ...patch } : tool)),
    }
  }

  /** Adds an empty tool (allowed nothing yet); returns its id. */
  function addTool(): string {
    const id = `tool-${crypto.randomUUID().slice(0, 8)}`
    rules.value = { ...rules.value, tools: [...rules.value.tools, { id, name: '' }] }
    added.value = new Set([...added.value, id])
    return id
  }

  /** A retired tool stays listed (prompts may name it) but may receive nothing. */
  function retireTool(toolId: string, retired: boolean) {
    updateTool(toolId, { retired })
    if (retired) setClasses(toolId, [])
  }

  function removeTool(toolId: string) {
    const allowed = Object.fromEntries(Object.entries(rules.value.allowed).filter(([id]) => id !== toolId))
    rules.value = { tools: rules.value.tools.filter((tool) => tool.id !== toolId), allowed }
  }

  /** Adds a term; returns why it was not added, or null. */
  function addTerm(raw: string): TermProblem | null {
    const [term] = normaliseCustomTerms([raw])
    if (!term) return null
    const length = [...term].length
    if (length < DATA_RULES_LIMITS.termMin) return 'term_too_short'
    if (length > DATA_RULES_LIMITS.termMax) return 'term_too_long'
    if (normaliseCustomTerms([...terms.value, term]).length === terms.value.length) return 'term_duplicate'
    if (terms.value.length >= DATA_RULES_LIMITS.terms) return 'too_many_terms'
    terms.value = [...terms.value, term]
    return null
  }

  function removeTerm(term: string) {
    terms.value = terms.value.filter((t) => t !== term)
  }

  return {
    rules,
    terms,
    added,
    problems,
    reset,
    classesOf,
    allow,
    updateTool,
    addTool,
    retireTool,
    removeTool,
    addTerm,
    removeTerm,
  }
}

export type RulesDraft = ReturnType<typeof useRulesDraft>
