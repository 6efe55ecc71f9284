// @vitest-environment node
/**
 * prompt_uses (P1 "I used this — it saved me N minutes"), through sync_push and sync_pull as the
 * app calls them: uses of starter prompts (`starter_prompt_id`, ids `lp-…`) and of the
 * organisation's prompts (`prompt_id`), and uses made outside any organisation
 * (`organisation_id` null). See supabase/migrations/20251127100200_prompt_uses_starter.sql.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { Change, Mutation, PullCursor } from '@/data/remote/types'

let db: PGlite
let org = ''
let otherOrg = ''
let me: PgliteRemote
let colleague: PgliteRemote
let hr: PgliteRemote
let outsider: PgliteRemote
/** An approved prompt of `org`, and one of `otherOrg`. */
let orgPrompt = ''
let foreignPrompt = ''

async function insertPrompt(organisationId: string, status = 'approved'): Promise<string> {
  const id = uuid()
  await db.query(
    `insert into public.prompts (id, organisation_id, title, body, status) values ($1, $2, 'T', 'B', $3)`,
    [id, organisationId, status],
  )
  return id
}

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db, 'Fjordkraft Rør AS')
  otherOrg = await createOrg(db, 'Annen AS')
  me = await createMember(db, org)
  colleague = await createMember(db, org)
  hr = await createMember(db, org, ['hr'])
  outsider = await createMember(db, null)
  orgPrompt = await insertPrompt(org)
  foreignPrompt = await insertPrompt(otherOrg)
})
afterAll(async () => {
  await db?.close()
})

const useOf = (row: Record<string, unknown>): Mutation => ({
  id: uuid(),
  table: 'prompt_uses',
  op: 'upsert',
  row: { id: uuid(), minutes_saved: 15, used_at: new Date().toISOString(), ...row },
})

async function storedUse(id: unknown) {
  const r = await db.query<Record<string, unknown>>(
    'select user_id, prompt_id, starter_prompt_id, organisation_id, minutes_saved from public.prompt_uses where id = $1',
    [id],
  )
  return r.rows[0]
}

async function pullAll(remote: PgliteRemote): Promise<Change[]> {
  const changes: Change[] = []
  let cursor: PullCursor | null = null
  for (let i = 0; i < 100; i++) {
    const page = await remote.pull(cursor, 500)
    changes.push(...page.changes)
    cursor = page.cursor
    if (!page.hasMore) return changes
  }
  throw new Error('pull did not end')
}

describe('prompt_uses through sync_push', () => {
  it('applies a use of a starter prompt and one of an organisation prompt', async () => {
    const starter = useOf({ starter_prompt_id: 'lp-cs-complaint-reply', organisation_id: org })
    const own = useOf({ prompt_id: orgPrompt, organisation_id: org, minutes_saved: 30 })
    const results = await me.push([starter, own])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
    expect(await storedUse(starter.row.id)).toEqual({
      user_id: me.userId,
      prompt_id: null,
      starter_prompt_id: 'lp-cs-complaint-reply',
      organisation_id: org,
      minutes_saved: 15,
    })
    expect(await storedUse(own.row.id)).toMatchObject({
      user_id: me.userId,
      prompt_id: orgPrompt,
      starter_prompt_id: null,
      minutes_saved: 30,
    })
  })

  it('applies a use made outside any organisation (organisation_id null), also with no membership at all', async () => {
    const mine = useOf({ starter_prompt_id: 'lp-hr-job-ad', organisation_id: null })
    const theirs = useOf({ starter_prompt_id: 'lp-sales-offer-letter', organisation_id: null })
    // A run of several personal rows goes through the batched path; one alone through the other.
    const local = [1, 2, 3].map(() =>
      useOf({ starter_prompt_id: 'lp-hr-job-ad', organisation_id: null }),
    )
    expect((await me.push([mine])).map((r) => r.status)).toEqual(['applied'])
    expect((await outsider.push([theirs, ...local])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ])
    expect(await storedUse(theirs.row.id)).toMatchObject({
      user_id: outsider.userId,
      organisation_id: null,
      starter_prompt_id: 'lp-sales-offer-letter',
    })
  })

  it('rejects a use naming neither or both prompts, or a malformed starter id, as invalid_row', async () => {
    const batch = [
      useOf({ organisation_id: org }),
      useOf({
        prompt_id: orgPrompt,
        starter_prompt_id: 'lp-cs-complaint-reply',
        organisation_id: org,
      }),
      useOf({ starter_prompt_id: 'LP-CS-Complaint', organisation_id: org }),
      useOf({ starter_prompt_id: 'lp-', organisation_id: null }),
      useOf({ starter_prompt_id: `lp-${'a'.repeat(81)}`, organisation_id: null }),
      useOf({ starter_prompt_id: 'lp-cs-complaint-reply', organisation_id: '' }),
      // An organisation's prompt is always used inside its organisation.
      useOf({ prompt_id: orgPrompt, organisation_id: null }),
    ]
    const results = await me.push(batch)
    expect(results.map((r) => r.reason)).toEqual(Array(batch.length).fill('invalid_row'))
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
    for (const m of batch) expect(await storedUse(m.row.id)).toBeUndefined()
  })

  it('rejects a use in an organisation the person is not a member of', async () => {
    const batch = [
      useOf({ starter_prompt_id: 'lp-cs-complaint-reply', organisation_id: otherOrg }),
      useOf({ prompt_id: foreignPrompt, organisation_id: otherOrg }),
    ]
    expect((await me.push(batch)).map((r) => r.reason)).toEqual(['not_member', 'not_member'])
    expect(
      (
        await outsider.push([useOf({ starter_prompt_id: 'lp-hr-job-ad', organisation_id: org })])
      )[0]!.reason,
    ).toBe('not_member')
    for (const m of batch) expect(await storedUse(m.row.id)).toBeUndefined()
  })

  it('refuses a prompt of another organisation, or one the person cannot see, under their own organisation', async () => {
    const submittedByOther = await insertPrompt(org, 'submitted')
    const results = await me.push([
      useOf({ prompt_id: foreignPrompt, organisation_id: org }),
      useOf({ prompt_id: submittedByOther, organisation_id: org }),
      useOf({ prompt_id: uuid(), organisation_id: org }),
    ])
    expect(results.map((r) => r.reason)).toEqual(['forbidden', 'forbidden', 'forbidden'])
  })

  it('keeps one row when a use is sent again under a new mutation id', async () => {
    const first = useOf({ starter_prompt_id: 'lp-cs-tone-check', organisation_id: org })
    const again: Mutation = { ...first, id: uuid() }
    expect((await me.push([first])).map((r) => r.status)).toEqual(['applied'])
    expect((await me.push([again])).map((r) => r.status)).toEqual(['applied'])
    const r = await db.query<{ n: number }>(
      'select count(*)::int as n from public.prompt_uses where id = $1',
      [first.row.id],
    )
    expect(r.rows[0]!.n).toBe(1)
  })
})

describe('prompt_uses visibility', () => {
  it("pulls the person's own uses with their kind, and nobody else's — not even HR's", async () => {
    const mine = useOf({ starter_prompt_id: 'lp-cs-call-summary', organisation_id: org })
    const theirs = useOf({ prompt_id: orgPrompt, organisation_id: org })
    expect((await me.push([mine])).map((r) => r.status)).toEqual(['applied'])
    expect((await colleague.push([theirs])).map((r) => r.status)).toEqual(['applied'])

    const pulled = (await pullAll(me)).filter((c) => c.table === 'prompt_uses')
    const pulledIds = pulled.map((c) => c.row.id)
    expect(pulledIds).toContain(mine.row.id)
    expect(pulledIds).not.toContain(theirs.row.id)
    expect(pulled.find((c) => c.row.id === mine.row.id)!.row).toMatchObject({
      prompt_id: null,
      starter_prompt_id: 'lp-cs-call-summary',
      organisation_id: org,
    })
    expect(pulled.every((c) => c.row.user_id === me.userId)).toBe(true)

    const readAs = (remote: PgliteRemote) =>
      remote.asUser(async (tx) => {
        const r = await tx.query<{ user_id: string }>('select user_id from public.prompt_uses')
        return r.rows.map((row) => row.user_id)
      })
    expect(await readAs(hr)).toEqual([])
    expect((await readAs(colleague)).every((id) => id === colleague.userId)).toBe(true)
    expect((await pullAll(hr)).filter((c) => c.table === 'prompt_uses')).toEqual([])
  })

  it("cannot change or delete another person's use", async () => {
    const theirs = useOf({ starter_prompt_id: 'lp-cs-faq-from-enquiries', organisation_id: org })
    await colleague.push([theirs])
    const changed = await me.asUser(async (tx) => {
      const u = await tx.query('update public.prompt_uses set minutes_saved = 999 where id = $1', [
        theirs.row.id,
      ])
      const d = await tx.query('delete from public.prompt_uses where id = $1', [theirs.row.id])
      return (u.affectedRows ?? 0) + (d.affectedRows ?? 0)
    })
    expect(changed).toBe(0)
    expect(await storedUse(theirs.row.id)).toMatchObject({ minutes_saved: 15 })
  })
})
