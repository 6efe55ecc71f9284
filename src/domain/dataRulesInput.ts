/**
 * What an admin's data rules (PRODUCT.md X3) and custom sensitive terms (P3) must satisfy before
 * they are stored, and how a stored row is read back. The server's limits (its CHECK constraints,
 * supabase/migrations/…_data_rules.sql) are mirrored here, so a save never fails there for size.
 */
import type { DataClass } from './competence'
import {
  dataClasses,
  validateRules,
  type ApprovedTool,
  type DataRules,
  type DataRulesError,
} from './dataRules'

/** The server's limits (its check constraints). */
export const DATA_RULES_LIMITS = {
  tools: 30,
  toolName: 80,
  toolUrl: 300,
  terms: 300,
  termMin: 2,
  termMax: 80,
} as const

/** The organisation's stored rules, as the app uses them. */
export interface OrganisationDataRules {
  organisationId: string
  rules: DataRules
  customTerms: string[]
  updatedAt: string
  updatedBy: string | null
}

export type DataRulesLimitCode =
  | 'too_many_tools'
  | 'tool_name_too_long'
  | 'tool_url_too_long'
  | 'too_many_terms'
  | 'term_too_short'
  | 'term_too_long'

export type DataRulesProblem =
  DataRulesError | { code: DataRulesLimitCode; toolId?: string; term?: string }

export class InvalidDataRulesError extends Error {
  constructor(readonly problems: DataRulesProblem[]) {
    super(`Invalid data rules: ${problems.map((p) => p.code).join(', ')}`)
    this.name = 'InvalidDataRulesError'
  }
}

/** The stored row's fields as the device holds them (src/data/db.ts OrganisationDataRulesRow). */
export interface StoredRulesRow {
  organisation_id: string
  tools: unknown
  allowed: unknown
  custom_terms: unknown
  updated_at: string
  updated_by?: string | null
}

/** Trims, folds inner whitespace and drops empty and duplicate (case-insensitive) terms. */
export function normaliseCustomTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/gu, ' ')
    const key = term.toLocaleLowerCase('nb')
    if (term === '' || seen.has(key)) continue
    seen.add(key)
    kept.push(term)
  }
  return kept
}

/** Size problems with the terms (after normaliseCustomTerms). */
export function checkCustomTerms(terms: readonly string[]): DataRulesProblem[] {
  const problems: DataRulesProblem[] = []
  if (terms.length > DATA_RULES_LIMITS.terms) problems.push({ code: 'too_many_terms' })
  for (const term of terms) {
    const length = [...term].length
    if (length < DATA_RULES_LIMITS.termMin) problems.push({ code: 'term_too_short', term })
    else if (length > DATA_RULES_LIMITS.termMax) problems.push({ code: 'term_too_long', term })
  }
  return problems
}

/** Every problem that would stop a save: the domain's rules, then the server's size limits. */
export function checkDataRules(
  rules: DataRules,
  customTerms: readonly string[],
): DataRulesProblem[] {
  const problems: DataRulesProblem[] = [...validateRules(rules)]
  if (rules.tools.length > DATA_RULES_LIMITS.tools) problems.push({ code: 'too_many_tools' })
  for (const tool of rules.tools) {
    if (tool.name.trim().length > DATA_RULES_LIMITS.toolName) {
      problems.push({ code: 'tool_name_too_long', toolId: tool.id })
    }
    if ((tool.url?.trim().length ?? 0) > DATA_RULES_LIMITS.toolUrl) {
      problems.push({ code: 'tool_url_too_long', toolId: tool.id })
    }
  }
  return [...problems, ...checkCustomTerms(customTerms)]
}

/** Trimmed names and URLs (an empty URL is none), classes in order, no empty optional fields. */
export function cleanRules(rules: DataRules): DataRules {
  const tools = rules.tools.map((tool): ApprovedTool => {
    const url = tool.url?.trim()
    return {
      id: tool.id.trim(),
      name: tool.name.trim(),
      ...(url ? { url } : {}),
      ...(tool.retired ? { retired: true } : {}),
      ...(tool.dataProcessingAgreement ? { dataProcessingAgreement: true } : {}),
    }
  })
  const allowed: Record<string, DataClass[]> = {}
  for (const [toolId, classes] of Object.entries(rules.allowed)) {
    // Unknown classes are kept so that validateRules reports them rather than hiding them.
    const known = dataClasses.filter((c) => classes.includes(c))
    const unknown = classes.filter((c) => !dataClasses.includes(c))
    allowed[toolId] = [...known, ...unknown]
  }
  return { tools, allowed }
}

/**
 * A row as stored (pulled from the server or saved here), read defensively: a row written by a
 * newer or misbehaving client must not break the guard or the tool lists.
 */
export function parseStoredRules(row: StoredRulesRow): OrganisationDataRules {
  const tools = (Array.isArray(row.tools) ? row.tools : []).flatMap(
    (t: unknown): ApprovedTool[] => {
      if (!isRecord(t) || typeof t.id !== 'string' || typeof t.name !== 'string') return []
      return [
        {
          id: t.id,
          name: t.name,
          ...(typeof t.url === 'string' && t.url ? { url: t.url } : {}),
          ...(t.retired === true ? { retired: true } : {}),
          ...(t.dataProcessingAgreement === true ? { dataProcessingAgreement: true } : {}),
        },
      ]
    },
  )
  const allowed: Record<string, DataClass[]> = {}
  if (isRecord(row.allowed)) {
    for (const [toolId, classes] of Object.entries(row.allowed)) {
      if (Array.isArray(classes)) allowed[toolId] = dataClasses.filter((c) => classes.includes(c))
    }
  }
  return {
    organisationId: row.organisation_id,
    rules: { tools, allowed },
    customTerms: Array.isArray(row.custom_terms)
      ? row.custom_terms.filter((t): t is string => typeof t === 'string')
      : [],
    updatedAt: row.updated_at,
    updatedBy: row.updated_by ?? null,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
