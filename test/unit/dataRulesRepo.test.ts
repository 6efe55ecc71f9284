import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { db, type MembershipRow } from '@/data/db'
import { defaultDataRules, type DataRules } from '@/domain/dataRules'
import { getCurrentDataRules, getDataRules, NotAdminError, saveDataRules } from '@/data/repos/dataRules.repo'
import { checkCustomTerms, InvalidDataRulesError, normaliseCustomTerms } from '@/domain/dataRulesInput'
import { organisationFor } from '@/data/repos/membership.repo'
import { useDataRules } from '@/features/dataRules/useDataRules'
import { useSessionStore } from '@/stores/session'
import { waitFor } from '../helpers/mount'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const OTHER_ORG = '1a2b3c4d-1d7a-4c1e-9a55-3f4f1b2c9d02'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a10'

function membership(roles: MembershipRow['roles'], organisation_id = ORG): MembershipRow {
  return { id: crypto.randomUUID(), user_id: ME, organisation_id, roles, created_at: '2025-10-01T00:00:00.000Z' }
}

const rules: DataRules = {
  tools: [
    { id: 'copilot', name: '  Microsoft 365 Copilot ', url: ' ', dataProcessingAgreement: true },
    { id: 'free', name: 'Free chatbot' },
  ],
  allowed: { copilot: ['red', 'green', 'yellow'], free: ['green'] },
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await db.organisations.bulkPut([
    { id: ORG, name: 'Nordlys', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' },
    { id: OTHER_ORG, name: 'Alfa', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' },
  ])
})

describe('saveDataRules', () => {
  it('writes the row (id = organisation id) and its outbox entry together, cleaned', async () => {
    await db.memberships.put(membership(['member', 'admin']))
    const row = await saveDataRules({
      userId: ME,
      organisationId: ORG,
      rules,
      customTerms: [' Prosjekt  Fjellvann ', 'prosjekt fjellvann', '', 'Kunde Nord'],
    })
    expect(row).toMatchObject({
      id: ORG,
      organisation_id: ORG,
      tools: [
        { id: 'copilot', name: 'Microsoft 365 Copilot', dataProcessingAgreement: true },
        { id: 'free', name: 'Free chatbot' },
      ],
      allowed: { copilot: ['green', 'yellow', 'red'], free: ['green'] },
      custom_terms: ['Prosjekt Fjellvann', 'Kunde Nord'],
      updated_by: ME,
    })
    expect(row.tools[0]).not.toHaveProperty('url')
    expect(await db.organisation_data_rules.get(ORG)).toEqual(row)
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'organisation_data_rules', op: 'upsert', state: 'pending' })
    expect(entries[0]!.row).toEqual(row)
  })

  it('saving again replaces the one row and queues one more entry', async () => {
    await db.memberships.put(membership(['admin']))
    await saveDataRules({ userId: ME, organisationId: ORG, rules, customTerms: ['Kunde Nord'] })
    await saveDataRules({ userId: ME, organisationId: ORG, rules, customTerms: ['Kunde Sør'] })
    expect(await db.organisation_data_rules.count()).toBe(1)
    expect((await db.organisation_data_rules.get(ORG))?.custom_terms).toEqual(['Kunde Sør'])
    expect(await db.outbox.count()).toBe(2)
  })

  it('refuses rules that validateRules rejects, and writes nothing', async () => {
    await db.memberships.put(membership(['admin']))
    const bad: DataRules = {
      tools: [{ id: 'free', name: 'Free chatbot' }],
      allowed: { free: ['yellow', 'red'] },
    }
    const error = await saveDataRules({ userId: ME, organisationId: ORG, rules: bad, customTerms: [] }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InvalidDataRulesError)
    expect((error as InvalidDataRulesError).problems.map((p) => p.code).sort()).toEqual([
      'classes_not_cumulative',
      'red_without_agreement',
    ])
    expect(await db.organisation_data_rules.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses what the server would refuse for size', async () => {
    await db.memberships.put(membership(['admin']))
    const many: DataRules = {
      tools: Array.from({ length: 31 }, (_, i) => ({ id: `t${i}`, name: 'x'.repeat(i === 0 ? 81 : 5) })),
      allowed: {},
    }
    const error = (await saveDataRules({
      userId: ME,
      organisationId: ORG,
      rules: many,
      customTerms: ['x', 'y'.repeat(81)],
    }).catch((e: unknown) => e)) as InvalidDataRulesError
    expect(error.problems.map((p) => p.code)).toEqual([
      'too_many_tools',
      'tool_name_too_long',
      'term_too_short',
      'term_too_long',
    ])
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses someone who is not an admin of that organisation', async () => {
    await db.memberships.bulkPut([membership(['member', 'ambassador']), membership(['admin'], OTHER_ORG)])
    await expect(saveDataRules({ userId: ME, organisationId: ORG, rules, customTerms: [] })).rejects.toThrow(
      NotAdminError,
    )
    await expect(saveDataRules({ userId: null, organisationId: ORG, rules, customTerms: [] })).rejects.toThrow(
      NotAdminError,
    )
    expect(await db.organisation_data_rules.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('reading the rules', () => {
  it('is null without an organisation or a stored row', async () => {
    expect(await getDataRules(null)).toBeNull()
    expect(await getDataRules(ORG)).toBeNull()
    expect(await getCurrentDataRules(null)).toEqual({ organisationId: null, stored: null })
    await db.memberships.put(membership(['member']))
    expect(await getCurrentDataRules(ME)).toEqual({ organisationId: ORG, stored: null })
  })

  it('reads a pulled row defensively: bad tools, classes and terms are dropped', async () => {
    await db.organisation_data_rules.put({
      id: ORG,
      organisation_id: ORG,
      tools: [{ id: 'ok', name: 'OK', url: '' }, { name: 'no id' }, 'junk'] as never,
      allowed: { ok: ['green', 'purple'], other: 'red' } as never,
      custom_terms: ['Kunde', 7] as never,
      updated_at: '2025-11-20T10:00:00.000Z',
      updated_by: null,
    })
    expect(await getDataRules(ORG)).toEqual({
      organisationId: ORG,
      rules: { tools: [{ id: 'ok', name: 'OK' }], allowed: { ok: ['green'] } },
      customTerms: ['Kunde'],
      updatedAt: '2025-11-20T10:00:00.000Z',
      updatedBy: null,
    })
  })

  it('finds the organisation the person administers', async () => {
    await db.memberships.bulkPut([membership(['member']), membership(['admin'], OTHER_ORG)])
    expect(await organisationFor(ME, { role: 'admin' })).toBe(OTHER_ORG)
    expect(await organisationFor('someone-else', { role: 'admin' })).toBeNull()
  })
})

describe('custom terms', () => {
  it('normalises and checks sizes', () => {
    expect(normaliseCustomTerms(['  Fjell  vann ', 'FJELL VANN', 'Ål'])).toEqual(['Fjell vann', 'Ål'])
    expect(checkCustomTerms(['Ål', 'A'])).toEqual([{ code: 'term_too_short', term: 'A' }])
  })
})

describe('useDataRules', () => {
  it('gives the defaults and no terms in local mode, then the organisation’s rules once synced', async () => {
    setActivePinia(createPinia())
    const scope = effectScope()
    const result = scope.run(() => useDataRules())!
    await waitFor(() => !result.loading.value)
    expect(result.source.value).toBe('default')
    expect(result.rules.value).toEqual(defaultDataRules())
    expect(result.customTerms.value).toEqual([])

    await db.memberships.put(membership(['member']))
    useSessionStore().userId = ME
    await waitFor(() => result.organisationId.value === ORG)
    expect(result.source.value).toBe('default')

    // A pull writes the organisation's row (no outbox entry): every view follows.
    await db.organisation_data_rules.put({
      id: ORG,
      organisation_id: ORG,
      tools: [{ id: 'copilot', name: 'Copilot' }],
      allowed: { copilot: ['green'] },
      custom_terms: ['Prosjekt Fjellvann'],
      updated_at: '2025-11-20T10:00:00.000Z',
    })
    await waitFor(() => result.source.value === 'organisation')
    expect(result.rules.value.tools.map((t) => t.id)).toEqual(['copilot'])
    expect(result.customTerms.value).toEqual(['Prosjekt Fjellvann'])
    await nextTick()
    scope.stop()
  })
})
