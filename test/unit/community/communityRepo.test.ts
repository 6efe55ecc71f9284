import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import {
  addComment,
  createPost,
  deletePost,
  editPost,
  InvalidCommunityInputError,
  listComments,
  listOpenReports,
  moderate,
  myReplication,
  postReactions,
  readLastVisit,
  report,
  toggleReaction,
  tryItToo,
  writeLastVisit,
} from '@/data/repos/community.repo'
import { NoOrganisationError } from '@/data/repos/membership.repo'
import type { PostInput } from '@/domain/community'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a10'

const input: PostInput = {
  kind: 'success_story',
  title: '  Kravspesifikasjon på to timer ',
  body: 'Før: seks timer.',
  task: 'Kravspesifikasjon',
  departmentId: null,
  tool: 'm365-copilot',
  promptText: '',
  minutesBefore: 360,
  minutesAfter: 120,
  dataClass: 'yellow',
  tags: ['anbud', ' Anbud '],
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

const outbox = () => db.outbox.orderBy('seq').toArray()

describe('community repo', () => {
  it('stores a post with its outbox entry, cleaned, in the person’s organisation', async () => {
    const row = await createPost(input, ME, { kind: 'attempt', id: 'attempt-1' })
    expect(row).toMatchObject({
      organisation_id: ORG,
      author_id: ME,
      title: 'Kravspesifikasjon på to timer',
      tags: ['anbud'],
      prompt_text: null,
      status: 'published',
      source_kind: 'attempt',
      source_id: 'attempt-1',
    })
    expect(await db.community_posts.get(row.id)).toEqual(row)
    const entries = await outbox()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'community_posts', op: 'upsert', state: 'pending' })
  })

  it('refuses a post without an organisation, or over a limit, and stores nothing', async () => {
    await expect(createPost(input, 'stranger')).rejects.toBeInstanceOf(NoOrganisationError)
    const error = await createPost({ ...input, body: 'x'.repeat(8001) }, ME).catch((e) => e)
    expect(error).toBeInstanceOf(InvalidCommunityInputError)
    expect(error.errors.body).toMatchObject({ code: 'too_long', over: 1 })
    expect(await db.community_posts.count()).toBe(0)
    expect(await outbox()).toEqual([])
  })

  it('lets the author edit, and removes a deleted post and its comments', async () => {
    const row = await createPost(input, ME)
    const edited = await editPost(row.id, { ...input, title: 'Ny tittel' }, ME)
    expect(edited.title).toBe('Ny tittel')
    await expect(editPost(row.id, input, 'someone-else')).rejects.toThrow()
    await addComment(row, 'Takk!', ME)
    await deletePost(row.id)
    expect(await db.community_posts.get(row.id)).toBeUndefined()
    expect(await listComments(row.id)).toEqual([])
    expect((await outbox()).at(-1)).toMatchObject({ op: 'delete', row: { id: row.id } })
  })

  it('toggles a reaction and counts the unsent change in', async () => {
    const row = await createPost(input, ME)
    await db.community_posts.update(row.id, { reaction_counts: { useful: 2, tried: 0, thanks: 1 } })
    expect(await toggleReaction(row, 'useful', ME)).toBe(true)
    let state = await postReactions(row.id, ME)
    expect(state.mine.useful).toBeTruthy()
    expect(state.counts).toEqual({ useful: 3, tried: 0, thanks: 1 })
    // Sent: the server's count includes it now.
    await db.outbox.clear()
    await db.community_posts.update(row.id, { reaction_counts: { useful: 3, tried: 0, thanks: 1 } })
    expect(await toggleReaction(row, 'useful', ME)).toBe(false)
    state = await postReactions(row.id, ME)
    expect(state.mine.useful).toBeUndefined()
    expect(state.counts.useful).toBe(2)
  })

  it('keeps one "I tried this too" per post and person', async () => {
    const row = await createPost(input, ME)
    const first = await tryItToo(row, { minutesBefore: 90, minutesAfter: 45, note: '' }, ME)
    const second = await tryItToo(row, { minutesBefore: 60, minutesAfter: 30, note: 'ok' }, ME)
    expect(second.id).toBe(first.id)
    const mine = await myReplication(row.id, ME)
    expect(mine).toMatchObject({ row: { minutes_after: 30 }, counted: false })
    await expect(
      tryItToo(row, { minutesBefore: null, minutesAfter: 30, note: '' }, ME),
    ).rejects.toBeInstanceOf(InvalidCommunityInputError)
  })

  it('hides with a reason, resolving the open reports, and restores', async () => {
    const row = await createPost(input, ME)
    await report(
      { table: 'community_posts', id: row.id, organisationId: ORG },
      { reason: 'personal_data', note: '' },
      ME,
    )
    expect(await listOpenReports(ORG)).toHaveLength(1)
    await expect(moderate({ table: 'community_posts', id: row.id }, 'hide', ' ')).rejects.toThrow()
    await moderate({ table: 'community_posts', id: row.id }, 'hide', 'Navn på en kunde')
    expect(await db.community_posts.get(row.id)).toMatchObject({
      status: 'hidden',
      moderation_reason: 'Navn på en kunde',
    })
    expect(await listOpenReports(ORG)).toEqual([])
    expect((await db.community_reports.toArray())[0]).toMatchObject({ resolution: 'hidden' })
    await moderate({ table: 'community_posts', id: row.id }, 'restore', '')
    expect(await db.community_posts.get(row.id)).toMatchObject({
      status: 'published',
      moderation_reason: null,
    })
  })

  it('remembers the last visit on this device', async () => {
    expect(await readLastVisit()).toBeNull()
    await writeLastVisit('2026-12-07T03:00:00.000Z')
    expect(await readLastVisit()).toBe('2026-12-07T03:00:00.000Z')
  })
})
