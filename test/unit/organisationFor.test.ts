import { beforeEach, describe, expect, it } from 'vitest'
import { db, type MembershipRow } from '@/data/db'
import { organisationFor } from '@/data/repos/membership.repo'
import { isMinutesSaved, MAX_MINUTES_SAVED, MAX_MINUTES_SAVED_PER_ATTEMPT } from '@/domain/minutesSaved'

const ME = 'me'
const COLLEAGUE = 'colleague'
const [A, B, C] = ['org-a', 'org-b', 'org-c']

function membership(user_id: string, organisation_id: string, roles: MembershipRow['roles']) {
  return { id: crypto.randomUUID(), user_id, organisation_id, roles, created_at: '2025-10-01T00:00:00.000Z' }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('organisationFor', () => {
  it('answers null with no membership, for anyone', async () => {
    expect(await organisationFor(ME)).toBeNull()
    expect(await organisationFor(null)).toBeNull()
  })

  it("picks the person's first organisation by name, then by id, and only theirs", async () => {
    await db.organisations.bulkPut([
      { id: A, name: 'Øst AS' },
      { id: B, name: 'Fjord AS' },
      { id: C, name: 'Bre AS' },
    ] as never)
    await db.memberships.bulkPut([
      membership(ME, A, ['member']),
      membership(ME, B, ['member', 'admin']),
      membership(COLLEAGUE, C, ['member']),
    ])
    expect(await organisationFor(ME)).toBe(B)
    expect(await organisationFor(COLLEAGUE)).toBe(C)
    expect(await organisationFor('stranger')).toBeNull()
    // Unnamed (not synced yet) organisations sort first; equal names by id.
    await db.organisations.clear()
    expect(await organisationFor(ME)).toBe(A)
  })

  it('filters by a role or any of several', async () => {
    await db.memberships.bulkPut([
      membership(ME, A, ['member', 'hr']),
      membership(ME, B, ['member', 'admin']),
    ])
    expect(await organisationFor(ME, { role: 'admin' })).toBe(B)
    expect(await organisationFor(ME, { role: 'hr' })).toBe(A)
    expect(await organisationFor(ME, { role: ['admin', 'hr'] })).toBe(A)
    expect(await organisationFor(ME, { role: 'ambassador' })).toBeNull()
  })

  it("with no user, reads the device's memberships (the signed-in person's)", async () => {
    await db.memberships.bulkPut([membership(ME, B, ['member'])])
    expect(await organisationFor(null)).toBe(B)
  })
})

describe('minutes saved', () => {
  it("is a whole number from 0 to the server's 10 000, or a form's narrower limit", () => {
    expect(MAX_MINUTES_SAVED).toBe(10_000)
    expect([0, 1, 10_000].every((m) => isMinutesSaved(m))).toBe(true)
    expect([-1, 10_001, 1.5, Number.NaN, '5', null].some((m) => isMinutesSaved(m))).toBe(false)
    expect(isMinutesSaved(601, MAX_MINUTES_SAVED_PER_ATTEMPT)).toBe(false)
    expect(isMinutesSaved(600, MAX_MINUTES_SAVED_PER_ATTEMPT)).toBe(true)
  })
})
