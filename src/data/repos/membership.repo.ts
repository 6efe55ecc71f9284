import type { MembershipRow } from '../db'
import type { Role } from '@/domain/roles'
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

/**
 * "Which organisation am I in", the one answer for every screen and repo: among `userId`'s
 * memberships (holding `role`, or one of the roles, if given), the first by organisation name, then by id; null when
 * there is none. `userId` null reads every membership on the device: they are the signed-in
 * person's own (an admin's device also holds colleagues' memberships, of the same organisations),
 * and a device nobody has signed in on has none. Usable inside liveQuery.
 */
export async function organisationFor(
  userId: string | null,
  { role }: { role?: Role | readonly Role[] } = {},
): Promise<string | null> {
  const db = loadedDb() ?? (await openDb())
  const rows = await (userId
    ? db.memberships.where('user_id').equals(userId).toArray()
    : db.memberships.toArray())
  const wanted: readonly string[] | null = role === undefined ? null : [role].flat()
  const mine = wanted ? rows.filter((row) => row.roles.some((r) => wanted.includes(r))) : rows
  const organisations = await db.organisations.bulkGet(mine.map((row) => row.organisation_id))
  const named = mine.map((row, i) => ({
    id: row.organisation_id,
    name: organisations[i]?.name ?? '',
  }))
  named.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return named[0]?.id ?? null
}

/** Sharing (a prompt, an attempt for review, a post) needs an organisation: its people see it. */
export class NoOrganisationError extends Error {
  constructor() {
    super('Not a member of an organisation')
    this.name = 'NoOrganisationError'
  }
}
