import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@/data/db'
import { rolesFrom, useSessionStore } from '@/stores/session'
import { waitFor } from '../helpers/mount'
import { MemoryAuthClient } from '../component/auth/memoryAuth'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  setActivePinia(createPinia())
})

const membership = (id: string, userId: string, organisationId: string, roles: ('member' | 'ambassador' | 'hr' | 'admin')[]) => ({
  id,
  user_id: userId,
  organisation_id: organisationId,
  roles,
  created_at: '2025-01-01',
})

describe('session roles from the synced memberships table', () => {
  it('rolesFrom keeps the organisation roles, in a fixed order, across organisations', () => {
    expect(rolesFrom([])).toEqual([])
    expect(
      rolesFrom([
        { organisationId: 'a', organisationName: 'A', roles: ['member', 'admin'] },
        { organisationId: 'b', organisationName: null, roles: ['hr', 'member'] },
      ]),
    ).toEqual(['hr', 'admin'])
  })

  it('follows the rows of the signed-in user only, and clears on sign-out', async () => {
    const auth = new MemoryAuthClient({ id: 'u1', email: 'kari@firma.no' })
    const session = useSessionStore()
    expect(session.signedIn).toBe(false)
    session.provideAuth(async () => auth)
    await session.ensureAuth()
    expect(session.userId).toBe('u1')
    expect(session.mode).toBe('synced')

    await db.memberships.bulkPut([
      membership('m1', 'u1', 'o1', ['member']),
      membership('m2', 'someone-else', 'o1', ['member', 'admin']),
    ])
    await db.organisations.put({ id: 'o1', name: 'Fjord AS', min_group_size: 5, created_at: '2025-01-01' })
    await waitFor(() => session.memberships.length === 1)
    expect(session.memberships[0]).toEqual({ organisationId: 'o1', organisationName: 'Fjord AS', roles: ['member'] })
    expect(session.roles).toEqual([])
    expect(session.hasRole('admin')).toBe(false)

    // The server gave this person a role; it arrives by sync as an updated row.
    await db.memberships.put(membership('m1', 'u1', 'o1', ['member', 'hr']))
    await waitFor(() => session.hasRole('hr'))

    await session.signOut()
    expect(session.signedIn).toBe(false)
    await waitFor(() => session.roles.length === 0)
    expect(session.memberships).toEqual([])
  })

  it('follows a sign-out reported by the auth client (e.g. from another tab)', async () => {
    const auth = new MemoryAuthClient({ id: 'u1', email: null })
    const session = useSessionStore()
    session.provideAuth(async () => auth)
    await session.ensureAuth()
    await db.memberships.put(membership('m1', 'u1', 'o1', ['admin']))
    await waitFor(() => session.hasRole('admin'))
    await auth.signOut()
    await waitFor(() => !session.hasRole('admin'))
    expect(session.userId).toBeNull()
  })

  it('has no sign-in in local mode', async () => {
    const session = useSessionStore()
    expect(session.authAvailable).toBe(false)
    await expect(session.ensureAuth()).rejects.toThrow(/local mode/)
  })
})
