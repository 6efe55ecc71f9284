import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { loadLibraryPrompts } from '@/content'
import { db, LoftDb, type PromptRow } from '@/data/db'
import {
  editPrompt,
  isStarterPromptId,
  listLibraryRows,
  listRevisions,
  listSubmitted,
  listUses,
  recordPromptUse,
  submitPrompt,
} from '@/data/repos/library.repo'
import { InvalidPromptError, type PromptInput } from '@/domain/library'
import { NoOrganisationError } from '@/data/repos/membership.repo'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a10'
const COLLEAGUE = '9b1e2c3d-4f5a-4b6c-8d7e-0f1a2b3c4d5e'

const input: PromptInput = {
  title: '  Møtereferat på fem minutter ',
  body: 'Skriv et referat av {{notater}}.',
  department: 'project',
  task: 'Møtereferat',
  level: 'basic',
  dataClass: 'yellow',
  tags: ['møter', ' referat ', 'møter', ''],
  tools: ['m365-copilot'],
}

function approved(overrides: Partial<PromptRow> = {}): PromptRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: ORG,
    author_id: COLLEAGUE,
    title: 'Godkjent prompt',
    body: 'Tekst',
    tools: [],
    data_class: 'green',
    tags: [],
    status: 'approved',
    featured: false,
    revision: 3,
    updated_at: '2025-11-01T10:00:00.000Z',
    ...overrides,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await db.memberships.put({
    id: crypto.randomUUID(),
    user_id: ME,
    organisation_id: ORG,
    roles: ['member'],
    created_at: '2025-10-01T00:00:00.000Z',
  })
})

describe('recordPromptUse', () => {
  it('records a use of a starter prompt in starter_prompt_id, tied to the organisation, with its outbox entry', async () => {
    const use = await recordPromptUse({ promptId: 'lp-cs-complaint-reply', minutesSaved: 15 })
    expect(await db.prompt_uses.get(use.id)).toMatchObject({
      prompt_id: null,
      starter_prompt_id: 'lp-cs-complaint-reply',
      organisation_id: ORG,
      minutes_saved: 15,
    })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ table: 'prompt_uses', op: 'upsert', state: 'pending' })
    expect(entry!.row).toEqual(use)
    expect((await listUses('lp-cs-complaint-reply')).map((u) => u.id)).toEqual([use.id])
  })

  it("records a use of the organisation's prompt in prompt_id, in that prompt's organisation", async () => {
    const OTHER_ORG = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
    const prompt = approved({ organisation_id: OTHER_ORG })
    await db.prompts.put(prompt)
    const use = await recordPromptUse({ promptId: prompt.id, minutesSaved: 29.6 })
    expect(await db.prompt_uses.get(use.id)).toMatchObject({
      prompt_id: prompt.id,
      starter_prompt_id: null,
      organisation_id: OTHER_ORG,
      minutes_saved: 30,
    })
    expect((await db.outbox.toArray())[0]!.row).toMatchObject({
      prompt_id: prompt.id,
      starter_prompt_id: null,
    })
    expect((await listUses(prompt.id)).map((u) => u.id)).toEqual([use.id])
    expect(await listUses('lp-cs-complaint-reply')).toEqual([])
  })

  it("before joining an organisation, records the use with organisation_id null (never '')", async () => {
    await db.memberships.clear()
    const use = await recordPromptUse({ promptId: 'lp-hr-job-ad', minutesSaved: 10 })
    expect(use.organisation_id).toBeNull()
    expect((await db.outbox.toArray())[0]!.row).toMatchObject({
      organisation_id: null,
      starter_prompt_id: 'lp-hr-job-ad',
    })
  })

  it('lists the uses of one prompt, newest first', async () => {
    const first = await recordPromptUse({ promptId: 'lp-cs-tone-check', minutesSaved: 5 })
    await db.prompt_uses.update(first.id, { used_at: '2025-11-01T08:00:00.000Z' })
    const second = await recordPromptUse({ promptId: 'lp-cs-tone-check', minutesSaved: 20 })
    await recordPromptUse({ promptId: 'lp-cs-call-summary', minutesSaved: 20 })
    expect((await listUses('lp-cs-tone-check')).map((u) => u.id)).toEqual([second.id, first.id])
  })

  it('refuses an unknown prompt, a negative or absurd number of minutes, and writes nothing', async () => {
    await expect(recordPromptUse({ promptId: 'no-such-prompt', minutesSaved: 5 })).rejects.toThrow(
      'No prompt',
    )
    await expect(
      recordPromptUse({ promptId: crypto.randomUUID(), minutesSaved: 5 }),
    ).rejects.toThrow('No prompt')
    await expect(recordPromptUse({ promptId: 'x', minutesSaved: -5 })).rejects.toThrow(
      InvalidPromptError,
    )
    await expect(recordPromptUse({ promptId: 'x', minutesSaved: 20000 })).rejects.toThrow(
      InvalidPromptError,
    )
    expect(await db.prompt_uses.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('every starter prompt id is one the server accepts as starter_prompt_id', async () => {
    const prompts = await loadLibraryPrompts()
    expect(prompts.length).toBeGreaterThan(30)
    expect(prompts.filter((p) => !isStarterPromptId(p.id)).map((p) => p.id)).toEqual([])
  })
})

describe('submitPrompt', () => {
  it("saves a cleaned-up prompt with status 'submitted', never featured, plus its outbox entry", async () => {
    const row = await submitPrompt(input, ME)
    expect(row).toMatchObject({
      organisation_id: ORG,
      author_id: ME,
      title: 'Møtereferat på fem minutter',
      status: 'submitted',
      featured: false,
      revision: 1,
      data_class: 'yellow',
      tags: ['møter', 'referat'],
      tools: ['m365-copilot'],
    })
    expect(row.base_revision).toBeUndefined()
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]!.row).toMatchObject({ id: row.id, status: 'submitted' })
    expect((await listSubmitted()).map((p) => p.id)).toEqual([row.id])
  })

  it('rejects an empty title or body without writing', async () => {
    await expect(submitPrompt({ ...input, title: '  ' }, ME)).rejects.toMatchObject({
      field: 'title',
      code: 'required',
    })
    await expect(submitPrompt({ ...input, body: '' }, ME)).rejects.toMatchObject({
      field: 'body',
      code: 'required',
    })
    await expect(submitPrompt({ ...input, title: 'x'.repeat(201) }, ME)).rejects.toMatchObject({
      code: 'too_long',
    })
    expect(await db.prompts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('without an organisation, refuses with NoOrganisationError and writes nothing', async () => {
    await db.memberships.clear()
    await expect(submitPrompt(input, ME)).rejects.toThrow(NoOrganisationError)
    await expect(submitPrompt(input, null)).rejects.toThrow(NoOrganisationError)
    expect(await db.prompts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('editPrompt', () => {
  it('carries the revision the editor saw as base_revision, even when the device has a newer one', async () => {
    const prompt = approved({ revision: 4 })
    await db.prompts.put(prompt)
    // The editor opened revision 3; a pull has since brought revision 4.
    const saved = await editPrompt(
      prompt.id,
      { fields: { ...input, title: 'Bedre tittel' } },
      3,
      ME,
    )
    expect(saved).toMatchObject({
      title: 'Bedre tittel',
      base_revision: 3,
      updated_by: ME,
      status: 'approved',
    })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ table: 'prompts', op: 'upsert' })
    expect(entry!.row).toMatchObject({ id: prompt.id, base_revision: 3, title: 'Bedre tittel' })
  })

  it('approves, features and retires as edits, keeping the other fields', async () => {
    const prompt = approved({ status: 'submitted', author_id: COLLEAGUE, revision: 1 })
    await db.prompts.put(prompt)
    await editPrompt(prompt.id, { status: 'approved', featured: true }, 1, ME)
    expect(await db.prompts.get(prompt.id)).toMatchObject({
      status: 'approved',
      featured: true,
      title: prompt.title,
      author_id: COLLEAGUE,
    })
    await editPrompt(prompt.id, { status: 'retired', featured: false }, 2, ME)
    expect(await db.prompts.get(prompt.id)).toMatchObject({
      status: 'retired',
      featured: false,
      base_revision: 2,
    })
    expect(await db.outbox.count()).toBe(2)
  })
})

describe('reads', () => {
  it("lists approved prompts and only the person's own submissions", async () => {
    const ok = approved()
    const mine = approved({ status: 'submitted', author_id: ME })
    const localDraft = approved({ status: 'submitted', author_id: null })
    const theirs = approved({ status: 'submitted', author_id: COLLEAGUE })
    const retired = approved({ status: 'retired' })
    await db.prompts.bulkPut([ok, mine, localDraft, theirs, retired])
    const ids = (await listLibraryRows(ME)).map((r) => r.id).sort()
    expect(ids).toEqual([ok.id, mine.id, localDraft.id].sort())
  })

  it('lists the history newest first', async () => {
    const base = {
      prompt_id: 'p',
      organisation_id: ORG,
      title: 't',
      body: 'b',
      tools: [],
      data_class: 'green' as const,
      tags: [],
      status: 'approved' as const,
      featured: false,
      created_at: '2025-11-01T00:00:00Z',
    }
    await db.prompt_revisions.bulkPut([
      { ...base, id: 'r1', revision: 1 },
      { ...base, id: 'r3', revision: 3 },
      { ...base, id: 'r2', revision: 2 },
    ])
    expect((await listRevisions('p')).map((r) => r.revision)).toEqual([3, 2, 1])
  })
})

describe('database version 8', () => {
  it('moves prompt uses written by an older version to starter_prompt_id and organisation_id null, and re-queues the ones refused for it', async () => {
    const name = `loft-upgrade-${crypto.randomUUID()}`
    // The schema of the prompt uses and the outbox as version 2 created them.
    const old = new Dexie(name)
    old
      .version(2)
      .stores({ outbox: '++seq, &id, state, table', prompt_uses: '&id, prompt_id, used_at' })
    const orgPromptId = crypto.randomUUID()
    const rows = [
      {
        id: 'u1',
        prompt_id: 'lp-cs-complaint-reply',
        organisation_id: '',
        minutes_saved: 15,
        used_at: '2025-11-20T08:00:00Z',
      },
      {
        id: 'u2',
        prompt_id: 'lp-hr-job-ad',
        organisation_id: ORG,
        minutes_saved: 5,
        used_at: '2025-11-21T08:00:00Z',
      },
      {
        id: 'u3',
        prompt_id: orgPromptId,
        organisation_id: ORG,
        minutes_saved: 30,
        used_at: '2025-11-22T08:00:00Z',
      },
    ]
    await old.table('prompt_uses').bulkAdd(rows)
    const entry = (row: (typeof rows)[number], extra: object) => ({
      id: crypto.randomUUID(),
      table: 'prompt_uses',
      op: 'upsert',
      row,
      createdAt: row.used_at,
      tries: 3,
      ...extra,
    })
    const refused = entry(rows[0]!, { state: 'rejected', reason: 'invalid_row' })
    const pending = entry(rows[1]!, { state: 'pending', tries: 0 })
    const otherRefusal = entry(rows[2]!, { state: 'rejected', reason: 'not_member' })
    await old.table('outbox').bulkAdd([refused, pending, otherRefusal])
    old.close()

    const upgraded = new LoftDb(name)
    try {
      expect(await upgraded.prompt_uses.orderBy('id').toArray()).toMatchObject([
        {
          id: 'u1',
          prompt_id: null,
          starter_prompt_id: 'lp-cs-complaint-reply',
          organisation_id: null,
        },
        { id: 'u2', prompt_id: null, starter_prompt_id: 'lp-hr-job-ad', organisation_id: ORG },
        { id: 'u3', prompt_id: orgPromptId, starter_prompt_id: null, organisation_id: ORG },
      ])
      expect(
        await upgraded.prompt_uses.where('starter_prompt_id').equals('lp-hr-job-ad').count(),
      ).toBe(1)
      const outbox = await upgraded.outbox.orderBy('seq').toArray()
      // Refused for the old shape: pending again under a new mutation id, with the fixed row.
      expect(outbox[0]).toMatchObject({ state: 'pending', tries: 0 })
      expect(outbox[0]!.reason).toBeUndefined()
      expect(outbox[0]!.id).not.toBe(refused.id)
      expect(outbox[0]!.row).toMatchObject({
        prompt_id: null,
        starter_prompt_id: 'lp-cs-complaint-reply',
        organisation_id: null,
      })
      expect(outbox[1]).toMatchObject({ id: pending.id, state: 'pending' })
      expect(outbox[1]!.row).toMatchObject({
        starter_prompt_id: 'lp-hr-job-ad',
        organisation_id: ORG,
      })
      // Refused for another reason: it stays refused, for the person to see.
      expect(outbox[2]).toMatchObject({
        id: otherRefusal.id,
        state: 'rejected',
        reason: 'not_member',
      })
    } finally {
      upgraded.close()
      await Dexie.delete(name)
    }
  })
})
