/**
 * The organisation's approved AI tools, data rules (PRODUCT.md X3) and custom sensitive terms
 * (P3): one synced row per organisation, read by every member's device, written by admins.
 * Reads are usable inside liveQuery; the write is one Dexie transaction holding the row and its
 * outbox entry.
 *
 * Server rules (supabase/migrations/…_data_rules.sql): the row's id is the organisation's id;
 * members read, only admins write; sizes are limited (mirrored in DATA_RULES_LIMITS).
 */
import type { DataClass } from '@/domain/competence'
import {
  dataClasses,
  validateRules,
  type ApprovedTool,
  type DataRules,
  type DataRulesError,
} from '@/domain/dataRules'
import type { OrganisationDataRulesRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { getMemberships, organisationFor } from './membership.repo'

/** The server's limits (its check constraints), so a save never fails there for size. */
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

/** Only an admin of the organisation may save its rules (the server says the same). */
export class NotAdminError extends Error {
  constructor() {
    super('Only an admin of the organisation can change its data rules')
    this.name = 'NotAdminError'
  }
}

/** The stored rules of one organisation, or null when it has none (the defaults apply). */
export async function getDataRules(
  organisationId: string | null,
): Promise<OrganisationDataRules | null> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return null
  const row = await db.organisation_data_rules.get(organisationId)
  return row ? fromRow(row) : null
}

/**
 * The rules that apply to this person: their organisation (organisationFor) and its stored rules
 * (or null). Usable inside liveQuery.
 */
export async function getCurrentDataRules(
  userId: string | null,
): Promise<{ organisationId: string | null; stored: OrganisationDataRules | null }> {
  const db = loadedDb() ?? (await openDb())
  if (!userId) return { organisationId: null, stored: null }
  const organisationId = await organisationFor(userId)
  const row = organisationId ? await db.organisation_data_rules.get(organisationId) : undefined
  return { organisationId, stored: row ? fromRow(row) : null }
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

/**
 * Saves the organisation's rules and terms as one row and its outbox entry. Throws
 * InvalidDataRulesError (nothing written) when checkDataRules finds a problem, and NotAdminError
 * when the person's synced membership of the organisation does not hold the admin role.
 */
export async function saveDataRules(input: {
  userId: string | null
  organisationId: string
  rules: DataRules
  customTerms: readonly string[]
}): Promise<OrganisationDataRulesRow> {
  const db = loadedDb() ?? (await openDb())
  const rules = cleanRules(input.rules)
  const customTerms = normaliseCustomTerms(input.customTerms)
  const problems = checkDataRules(rules, customTerms)
  if (problems.length > 0) throw new InvalidDataRulesError(problems)

  return db.transaction(
    'rw',
    [db.organisation_data_rules, db.outbox, db.memberships, db.organisations],
    async () => {
      const membership = (await getMemberships(input.userId)).find(
        (m) => m.organisationId === input.organisationId,
      )
      if (!membership?.roles.includes('admin')) throw new NotAdminError()
      return saveWithOutbox(db.organisation_data_rules, {
        id: input.organisationId,
        organisation_id: input.organisationId,
        tools: rules.tools,
        allowed: rules.allowed,
        custom_terms: customTerms,
        // The server stamps its own time and author; these show the change until it syncs.
        updated_at: new Date().toISOString(),
        updated_by: input.userId,
      })
    },
  )
}

/** Trimmed names and URLs (an empty URL is none), classes in order, no empty optional fields. */
function cleanRules(rules: DataRules): DataRules {
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
function fromRow(row: OrganisationDataRulesRow): OrganisationDataRules {
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
