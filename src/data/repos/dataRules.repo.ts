/**
 * The organisation's approved AI tools, data rules (PRODUCT.md X3) and custom sensitive terms
 * (P3): one synced row per organisation, read by every member's device, written by admins.
 * Reads are usable inside liveQuery; the write is one Dexie transaction holding the row and its
 * outbox entry.
 *
 * Server rules (supabase/migrations/…_data_rules.sql): the row's id is the organisation's id;
 * members read, only admins write; sizes are limited (mirrored in DATA_RULES_LIMITS,
 * src/domain/dataRulesInput.ts, with the checks, the cleaning and the defensive read of a row).
 */
import type { DataRules } from '@/domain/dataRules'
import {
  checkDataRules,
  cleanRules,
  InvalidDataRulesError,
  normaliseCustomTerms,
  parseStoredRules,
  type OrganisationDataRules,
} from '@/domain/dataRulesInput'
import type { OrganisationDataRulesRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { getMemberships, organisationFor } from './membership.repo'

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
  return row ? parseStoredRules(row) : null
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
  return { organisationId, stored: row ? parseStoredRules(row) : null }
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

