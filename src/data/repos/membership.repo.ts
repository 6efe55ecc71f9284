import type { MembershipRow } from '../db'
import { loadedDb, openDb } from '../openDb'

/** A membership as the app shows it: the organisation's name beside the person's roles there. */
export interface Membership {
  organisationId: string
  organisationName: string | null
  roles: MembershipRow['roles']
}

/**
 * The organisations a user belongs to, from the synced (read-only) memberships and organisations
 * tables, sorted by name. Usable inside liveQuery. Empty for no user.
 */
export async function getMemberships(userId: string | null): Promise<Membership[]> {
  const db = loadedDb() ?? (await openDb())
  if (!userId) return []
  const rows = await db.memberships.where('user_id').equals(userId).toArray()
  const organisations = await db.organisations.bulkGet(rows.map((row) => row.organisation_id))
  return rows
    .map((row, i) => ({
      organisationId: row.organisation_id,
      organisationName: organisations[i]?.name ?? null,
      roles: row.roles,
    }))
    .sort((a, b) => (a.organisationName ?? '').localeCompare(b.organisationName ?? ''))
}

/** The name of an organisation once it has been synced down, else null. */
export async function getOrganisationName(organisationId: string): Promise<string | null> {
  const db = loadedDb() ?? (await openDb())
  return (await db.organisations.get(organisationId))?.name ?? null
}
