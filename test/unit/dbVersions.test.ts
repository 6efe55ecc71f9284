import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { LoftDb } from '@/data/db'

/** The declarations as released versions made them (1–8 were later folded into version 8). */
function declareReleasedVersions(old: Dexie, upTo: number) {
  const versions: Record<number, Record<string, string>> = {
    1: { prefs: '&key', outbox: '++seq, &id, state, table', profiles: '&id' },
    2: {
      syncState: '&key',
      progress_events: '&id, lesson_id, occurred_at',
      quiz_answers: '&id, lesson_id, question_id',
      self_assessments: '&id, competency_id, assessed_at',
      challenge_attempts: '&id, challenge_id, created_at',
      prompt_uses: '&id, prompt_id, used_at',
      prompts: '&id, organisation_id, status',
      prompt_revisions: '&id, prompt_id',
      organisations: '&id',
      departments: '&id, organisation_id',
      job_roles: '&id, organisation_id',
      memberships: '&id, organisation_id, user_id',
    },
    3: { reviewStates: '&cardId, due, lessonId' },
    4: { challengeDrafts: '&challenge_id, updated_at' },
    6: { organisation_data_rules: '&id, organisation_id' },
    7: { attempt_reviews: '&id, attempt_id, organisation_id, created_at' },
    8: { prompt_uses: '&id, prompt_id, starter_prompt_id, used_at' },
    9: { drafts: '&key, updated_at' },
  }
  for (const [version, stores] of Object.entries(versions)) {
    if (Number(version) <= upTo) old.version(Number(version)).stores(stores)
  }
}

function schemaOf(db: Dexie) {
  return Object.fromEntries(
    db.tables.map((t) => [
      t.name,
      [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()],
    ]),
  )
}

describe('database versions', () => {
  it('a new database gets the same schema the released versions built', async () => {
    const released = new Dexie(`loft-released-${crypto.randomUUID()}`)
    declareReleasedVersions(released, 9)
    await released.open()
    const fresh = new LoftDb(`loft-fresh-${crypto.randomUUID()}`)
    await fresh.open()
    // Every released table as released; versions 10+ (this wave, unreleased) only add tables.
    const freshSchema = schemaOf(fresh)
    for (const [name, schema] of Object.entries(schemaOf(released)))
      expect(freshSchema[name], name).toEqual(schema)
    expect(freshSchema.community_posts).toEqual([
      'id',
      'created_at',
      'kind',
      'organisation_id',
      'status',
    ])
    released.close()
    fresh.close()
  })

  it.each([1, 4, 7, 8, 9])(
    'a database a released version %i made opens with its rows kept',
    async (version) => {
      const name = `loft-v${version}-${crypto.randomUUID()}`
      const old = new Dexie(name)
      declareReleasedVersions(old, version)
      await old.table('prefs').put({ key: 'locale', value: 'en' })
      await old
        .table('outbox')
        .add({ id: 'm1', table: 'profiles', op: 'upsert', state: 'pending', row: {} })
      if (version >= 7)
        await old
          .table('attempt_reviews')
          .add({ id: 'r1', attempt_id: 'a1', organisation_id: 'o', created_at: 'x' })
      old.close()

      const upgraded = new LoftDb(name)
      expect(await upgraded.prefs.get('locale')).toEqual({ key: 'locale', value: 'en' })
      expect(await upgraded.outbox.where('id').equals('m1').count()).toBe(1)
      expect(await upgraded.attempt_reviews.count()).toBe(version >= 7 ? 1 : 0)
      await upgraded.attempt_reviews.put({
        id: 'r2',
        attempt_id: 'a2',
        organisation_id: 'o',
        created_at: 'y',
      } as never)
      // The newest version (10: the community; later ones add other tables) opens with its tables.
      expect(upgraded.verno).toBeGreaterThanOrEqual(10)
      expect(await upgraded.community_posts.count()).toBe(0)
      upgraded.close()
    },
  )
})
