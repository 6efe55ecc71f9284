import { db, type CommunityPostRow } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { createPinia } from 'pinia'

export const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
export const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a10'
export const COLLEAGUE = '9b1e2c3d-4f5a-4b6c-8d7e-0f1a2b3c4d5e'

export function post(over: Partial<CommunityPostRow> = {}): CommunityPostRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: ORG,
    author_id: COLLEAGUE,
    kind: 'success_story',
    title: 'Kravspesifikasjon på to timer',
    body: 'Før brukte jeg seks timer.',
    task: 'Kravspesifikasjon',
    department_id: null,
    tool: null,
    prompt_text: null,
    minutes_before: 360,
    minutes_after: 120,
    data_class: 'green',
    tags: ['anbud'],
    source_kind: null,
    source_id: null,
    status: 'published',
    moderation_reason: null,
    revision: 1,
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    reaction_counts: { useful: 2, tried: 1, thanks: 0 },
    comment_count: 0,
    replication_count: 3,
    replication_median_saved: 45,
    ...over,
  }
}

export async function clearDb() {
  await Promise.all(db.tables.map((table) => table.clear()))
}

/** A signed-in member (or ambassador) of ORG, as a fresh Pinia holding the session. */
export async function signedIn(roles: ('member' | 'ambassador')[] = ['member']) {
  await db.memberships.put({
    id: crypto.randomUUID(),
    user_id: ME,
    organisation_id: ORG,
    roles,
    created_at: '2025-10-01T00:00:00.000Z',
  })
  const pinia = createPinia()
  useSessionStore(pinia).userId = ME
  return pinia
}
