/**
 * A role taken back empties the device of what only that role could read: HR's programme and ROI
 * model when the hr role goes, colleagues' reports and hidden posts when the ambassador role goes —
 * through the engine, on a device that held them. And they come back when the role does.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoftDb } from '@/data/db'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import { SyncEngine } from '@/data/sync/engine'
import { deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, organisation, serverView, sorted } from './server'

let pg: PGlite
const devices: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
})

afterAll(async () => {
  for (const device of devices) await device.delete()
  await pg?.close()
})

function device(label: string, userId: string) {
  const target = deviceDb(label)
  devices.push(target)
  const engine = new SyncEngine({
    db: target,
    remote: new PgliteRemote({ db: pg, userId }),
    userId,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
  })
  return { target, engine }
}

async function setRoles(userId: string, roles: string[]) {
  await pg.query('update public.memberships set roles = $1 where user_id = $2', [roles, userId])
}

async function expectFreshPull(target: LoftDb, userId: string) {
  expect(sorted(await deviceView(target))).toEqual(sorted(await serverView(pg, userId)))
}

describe('a role taken back', () => {
  it("removes HR's programme and ROI model from the device, and brings them back", async () => {
    const { orgId, users } = await organisation(pg, { hr: ['member', 'hr'] })
    const hr = device('hr', users.hr!)
    await writeLocal(hr.target, 'hr_programmes', {
      id: orgId,
      organisation_id: orgId,
      start_date: '2026-09-07',
      pilot_department_ids: [],
      pilot_note: 'Salg først',
      steps: [
        { status: 'done' },
        { status: 'not_started' },
        { status: 'not_started' },
        { status: 'not_started' },
        { status: 'not_started' },
      ],
      pitfalls: {},
    })
    await writeLocal(hr.target, 'roi_models', {
      id: orgId,
      organisation_id: orgId,
      currency: 'NOK',
      inputs: { hourlyCost: '650' },
    })
    expect((await hr.engine.syncNow()).rejected).toBe(0)
    expect(await hr.target.hr_programmes.count()).toBe(1)

    await setRoles(users.hr!, ['member'])
    await hr.engine.syncNow()
    expect(await hr.target.hr_programmes.count()).toBe(0)
    expect(await hr.target.roi_models.count()).toBe(0)
    await expectFreshPull(hr.target, users.hr!)

    await setRoles(users.hr!, ['member', 'hr'])
    await hr.engine.syncNow()
    expect(await hr.target.hr_programmes.count()).toBe(1)
    expect(await hr.target.roi_models.count()).toBe(1)
    await expectFreshPull(hr.target, users.hr!)
  })

  it("removes colleagues' reports and hidden posts when the ambassador role goes", async () => {
    const { orgId, users } = await organisation(pg, {
      amb: ['member', 'ambassador'],
      author: ['member'],
    })
    const amb = device('amb', users.amb!)
    const author = device('author', users.author!)
    const postId = crypto.randomUUID()
    const time = '2026-12-01T08:00:00.000Z'
    await writeLocal(author.target, 'community_posts', {
      id: postId,
      organisation_id: orgId,
      author_id: users.author!,
      kind: 'question',
      title: 'Hvem har et godt referat-oppsett?',
      body: '',
      task: 'Referat',
      department_id: null,
      tool: null,
      prompt_text: null,
      minutes_before: null,
      minutes_after: null,
      data_class: 'green',
      tags: [],
      source_kind: null,
      source_id: null,
      status: 'published',
      moderation_reason: null,
      revision: 1,
      created_at: time,
      updated_at: time,
      reaction_counts: { useful: 0, tried: 0, thanks: 0 },
      comment_count: 0,
      replication_count: 0,
      replication_median_saved: null,
    })
    await writeLocal(author.target, 'community_reports', {
      id: crypto.randomUUID(),
      organisation_id: orgId,
      target_table: 'community_posts',
      target_id: postId,
      reporter_id: users.author!,
      reason: 'other',
      note: 'Feil avdeling',
      created_at: time,
      resolved_at: null,
      resolution: null,
    })
    expect((await author.engine.syncNow()).rejected).toBe(0)
    await amb.engine.syncNow()
    const post = (await amb.target.community_posts.get(postId))!
    await writeLocal(amb.target, 'community_posts', {
      ...post,
      status: 'hidden',
      moderation_reason: 'Dobbeltpost',
    })
    expect((await amb.engine.syncNow()).rejected).toBe(0)
    expect(await amb.target.community_reports.count()).toBe(1)
    expect(await amb.target.community_posts.get(postId)).toMatchObject({ status: 'hidden' })

    await setRoles(users.amb!, ['member'])
    await amb.engine.syncNow()
    expect(await amb.target.community_posts.get(postId)).toBeUndefined()
    expect(await amb.target.community_reports.count()).toBe(0)
    await expectFreshPull(amb.target, users.amb!)
    // The author still has their hidden post, with the reason.
    await author.engine.syncNow()
    expect(await author.target.community_posts.get(postId)).toMatchObject({
      status: 'hidden',
      moderation_reason: 'Dobbeltpost',
    })

    await setRoles(users.amb!, ['member', 'ambassador'])
    await amb.engine.syncNow()
    expect(await amb.target.community_posts.get(postId)).toMatchObject({ status: 'hidden' })
    await expectFreshPull(amb.target, users.amb!)
  })
})
