import { computed, toValue, type MaybeRefOrGetter, type WritableComputedRef } from 'vue'
import type { DataClass } from '@/domain/competence'
import { dataClasses, type ApprovedTool, type DataRules } from '@/domain/dataRules'
import {
  checkDataRules,
  DATA_RULES_LIMITS,
  normaliseCustomTerms,
  type DataRulesProblem,
} from '@/domain/dataRulesInput'
import { formDraftStore } from '@/data/repos/formDraft.repo'
import { useDraft } from '@/composables/useDraft'

export type TermProblem = 'term_too_short' | 'term_too_long' | 'term_duplicate' | 'too_many_terms'

/** The admin's unsaved work, kept on the device (useDraft) until it is saved. */
interface RulesWorkingCopy {
  /** False until the copy has been started from the stored rules (or Løft's defaults). */
  started: boolean
  rules: DataRules
  terms: string[]
  /** Tools added since the copy started: only these may be removed outright (others retire). */
  added: string[]
  /** A term typed into the field but not added yet. */
  termInput: string
}

const blank = (): RulesWorkingCopy => ({
  started: false,
  rules: { tools: [], allowed: {} },
  terms: [],
  added: [],
  termInput: '',
})

/**
 * The admin's working copy of the organisation's rules and custom terms: edited in memory and
 * kept on the device as a draft, checked as it changes (checkDataRules), saved in one repo write
 * by the caller (then `forget()`).
 */
export function useRulesDraft(organisationId: MaybeRefOrGetter<string | null>) {
  const kept = useDraft<RulesWorkingCopy>({
    key: () => {
      const id = toValue(organisationId)
      return id ? `data-rules:${id}` : null
    },
    store: formDraftStore<RulesWorkingCopy>(),
    initial: blank,
  })
  const copy = computed(() => kept.value.value ?? blank())
  const field = <K extends keyof RulesWorkingCopy>(name: K): WritableComputedRef<RulesWorkingCopy[K]> =>
    computed({
      get: () => copy.value[name],
      set: (value) => {
        if (kept.value.value) kept.value.value = { ...kept.value.value, [name]: value }
      },
    })
  const rules = field('rules')
  const terms = field('terms')
  const termInput = field('termInput')
  const addedIds = field('added')
  const added = computed(() => new Set(addedIds.value))
  /** The copy has loaded from the device; `started` says whether it holds earlier work. */
  const loaded = computed(() => kept.value.value !== null)
  const started = computed(() => copy.value.started)
  const problems = computed<DataRulesProblem[]>(() => checkDataRules(rules.value, terms.value))

  /** Starts the copy from what is stored (not itself a change: nothing is kept until an edit). */
  function reset(from: { rules: DataRules; customTerms: readonly string[] }) {
    const known = new Set(from.rules.tools.map((tool) => tool.id))
    kept.reset({
      started: true,
      rules: {
        tools: from.rules.tools.map((tool) => ({ ...tool })),
        // A rule for a tool that is not on the list can only be stale: drop it here.
        allowed: Object.fromEntries(
          Object.entries(from.rules.allowed)
            .filter(([id]) => known.has(id))
            .map(([id, classes]) => [id, [...classes]]),
        ),
      },
      terms: [...from.customTerms],
      added: [],
      termInput: '',
    })
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
    addedIds.value = [...addedIds.value, id]
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
    termInput,
    added,
    problems,
    loaded,
    started,
    conflict: kept.conflict,
    keepMine: kept.keepMine,
    takeTheirs: kept.takeTheirs,
    /** The copy was saved: forget the kept draft. */
    forget: kept.discard,
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
