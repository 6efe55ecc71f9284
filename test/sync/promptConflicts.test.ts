/**
 * Concurrent prompt edits (issue 13, finding 7), through the repos and the engine against the
 * real server SQL in PGlite: an edit over someone else's newer revision is shown to its editor
 * with both versions, and resolved by their choice; an edit over one's own earlier edit is not.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db, type LoftDb, type PromptRow } from '@/data/db'
import { editPrompt, listRevisions } from '@/data/repos/library.repo'
import {
  editBaseRevision,
  keepMine,
  listPromptConflicts,
  resolveWithEdit,
  revisionInput,
  takeTheirs,
} from '@/data/repos/promptConflict.repo'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import { CONFLICT_PREFIX } from '@/data/sync/conflicts'
import { SyncEngine } from '@/data/sync/engine'
import { deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, organisation, serverView, sorted } from './server'

let pg: PGlite
const others: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
})

afterAll(async () => {
  for (const other of others) await other.delete()
  await pg?.close()
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

function engineFor(target: LoftDb, userId: string) {
  return new SyncEngine({
    db: target,
    remote: new PgliteRemote({ db: pg, userId }),
    userId,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
  })
}

const fields = (row: PromptRow, title: string) => ({
  title,
  body: row.body,
  department: null,
  task: null,
  level: null,
  dataClass: row.data_class,
  tags: row.tags,
  tools: row.tools,
})

/** Two ambassadors; the second one's phone has made a prompt that both have pulled. */
async function twoCurators() {
  const { orgId, users } = await organisation(pg, {
    mine: ['member', 'ambassador'],
    theirs: ['member', 'ambassador'],
  })
  const theirDb = deviceDb('their-phone')
  others.push(theirDb)
  const theirEngine = engineFor(theirDb, users.theirs!)
  const id = crypto.randomUUID()
  await writeLocal(theirDb, 'prompts', {
    id,
    organisation_id: orgId,
    title: 'Møtereferat',
    body: 'Lag et referat av [notater].',
    tools: [],
    tags: [],
    data_class: 'green',
    status: 'submitted',
    featured: false,
    revision: 1,
    updated_at: new Date().toISOString(),
  })
  await theirEngine.syncNow()
  const engine = engineFor(db, users.mine!)
  await engine.syncNow()
  const row = (await db.prompts.get(id))!
  expect(row.revision).toBe(1)
  return { users, id, row, theirDb, theirEngine, engine }
}

async function conflictRecords() {
  return db.syncState.where('key').startsWith(CONFLICT_PREFIX).count()
}

async function serverPrompt(id: string) {
  const res = await pg.query<{ title: string; revision: number }>(
    'select title, revision from public.prompts where id = $1',
    [id],
  )
  return res.rows[0]
}

describe('an edit over a colleague’s newer revision', () => {
  it('is shown to the editor with both versions; "take theirs" makes theirs the newest again', async () => {
    const { users, id, row, theirDb, theirEngine, engine } = await twoCurators()
    // The colleague edits first; this phone, still on revision 1, edits too.
    const theirRow = (await theirDb.prompts.get(id))!
    await writeLocal(theirDb, 'prompts', {
      ...theirRow,
      title: 'Referat – deres',
      base_revision: 1,
      updated_by: users.theirs!,
    })
    await theirEngine.syncNow()
    await editPrompt(id, { fields: fields(row, 'Referat – mitt') }, 1, users.mine!)
    await engine.syncNow()

    expect(await serverPrompt(id)).toEqual({ title: 'Referat – mitt', revision: 3 })
    const [conflict, ...rest] = await listPromptConflicts(id, users.mine!)
    expect(rest).toEqual([])
    expect(conflict).toMatchObject({
      promptId: id,
      mine: { title: 'Referat – mitt', revision: 3 },
      theirs: { title: 'Referat – deres', revision: 2 },
    })

    await takeTheirs(conflict!, users.mine!)
    expect(await listPromptConflicts(id, users.mine!)).toEqual([])
    await engine.syncNow()
    expect(await serverPrompt(id)).toEqual({ title: 'Referat – deres', revision: 4 })
    expect(await conflictRecords()).toBe(0)
    expect(sorted(await deviceView(db))).toEqual(sorted(await serverView(pg, users.mine!)))
  })

  it("is the editor's alone: not shown to someone else on the device, forgotten at sign-out", async () => {
    const { users, id, row, theirDb, theirEngine, engine } = await twoCurators()
    await writeLocal(theirDb, 'prompts', {
      ...(await theirDb.prompts.get(id))!,
      title: 'Deres',
      base_revision: 1,
    })
    await theirEngine.syncNow()
    await editPrompt(id, { fields: fields(row, 'Mitt') }, 1, users.mine!)
    await engine.syncNow()
    expect(await listPromptConflicts(id, users.mine!)).toHaveLength(1)
    expect(await listPromptConflicts(id, users.theirs!)).toEqual([])
    engine.setRemote(null)
    await engine.forgetServerData()
    expect(await conflictRecords()).toBe(0)
  })

  it('"keep mine" forgets the notice and leaves the server as it is', async () => {
    const { users, id, row, theirDb, theirEngine, engine } = await twoCurators()
    await writeLocal(theirDb, 'prompts', {
      ...(await theirDb.prompts.get(id))!,
      title: 'Deres',
      base_revision: 1,
    })
    await theirEngine.syncNow()
    await editPrompt(id, { fields: fields(row, 'Mitt') }, 1, users.mine!)
    await engine.syncNow()
    const [conflict] = await listPromptConflicts(id, users.mine!)
    await keepMine(conflict!.id)
    expect(await listPromptConflicts(id, users.mine!)).toEqual([])
    await engine.syncNow()
    expect(await serverPrompt(id)).toEqual({ title: 'Mitt', revision: 3 })
  })

  it('a version merged by hand becomes a new revision based on the newest one', async () => {
    const { users, id, row, theirDb, theirEngine, engine } = await twoCurators()
    await writeLocal(theirDb, 'prompts', {
      ...(await theirDb.prompts.get(id))!,
      title: 'Deres',
      base_revision: 1,
    })
    await theirEngine.syncNow()
    await editPrompt(id, { fields: fields(row, 'Mitt') }, 1, users.mine!)
    await engine.syncNow()
    const [conflict] = await listPromptConflicts(id, users.mine!)
    const merged = { ...revisionInput(conflict!.mine), title: 'Mitt og deres' }
    await resolveWithEdit(conflict!, { fields: merged }, users.mine!)
    await engine.syncNow()
    expect(await serverPrompt(id)).toEqual({ title: 'Mitt og deres', revision: 4 })
    expect(await conflictRecords()).toBe(0)
  })
})

describe('an edit after one’s own earlier edit', () => {
  it('approve, sync, then edit: based on the approve, so no conflict at all', async () => {
    const { users, id, row, engine } = await twoCurators()
    const seen = row.revision
    await editPrompt(id, { status: 'approved' }, seen, users.mine!)
    await engine.syncNow()
    // The editor stays open on what it saw; its base follows its own approve.
    const base = editBaseRevision(await listRevisions(id), seen, users.mine!)
    expect(base).toBe(2)
    await editPrompt(id, { fields: fields(row, 'Bedre tittel') }, base, users.mine!)
    await engine.syncNow()
    expect(await conflictRecords()).toBe(0)
    expect(await serverPrompt(id)).toEqual({ title: 'Bedre tittel', revision: 3 })
  })

  it('approve and edit before a sync: the server says conflict, but nothing is shown', async () => {
    const { users, id, row, engine } = await twoCurators()
    await editPrompt(id, { status: 'approved' }, 1, users.mine!)
    await editPrompt(id, { fields: fields(row, 'Bedre tittel') }, 1, users.mine!)
    await engine.syncNow()
    expect(await conflictRecords()).toBe(1)
    expect(await listPromptConflicts(id, users.mine!)).toEqual([])
  })

  it('a colleague’s revision in between stops the base', () => {
    const history = [
      { revision: 1, author_id: 'them' },
      { revision: 2, author_id: 'me' },
      { revision: 3, author_id: 'them' },
      { revision: 4, author_id: 'me' },
    ]
    expect(editBaseRevision(history, 1, 'me')).toBe(2)
    expect(editBaseRevision(history, 3, 'me')).toBe(4)
    expect(editBaseRevision(history, 2, 'me')).toBe(2)
    expect(editBaseRevision(history, 1, null)).toBe(1)
  })
})
