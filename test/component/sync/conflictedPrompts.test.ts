import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import SyncStatus from '@/components/SyncStatus.vue'
import { db, type PromptRevisionRow } from '@/data/db'
import { openDb } from '@/data/openDb'
import { conflictKey, type ConflictRecord } from '@/data/sync/conflicts'
import { SyncEngine } from '@/data/sync/engine'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { MemoryRemote, testEnv } from './fakes'

const ME = 'a0000000-0000-4000-8000-00000000000a'
const COLLEAGUE = 'a0000000-0000-4000-8000-00000000000b'
const PROMPT = 'c0000000-0000-4000-8000-000000000001'

let engine: SyncEngine | undefined

beforeEach(async () => {
  await openDb()
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(async () => {
  await engine?.stop()
  document.body.innerHTML = ''
})

function revision(id: string, n: number, title: string, author: string): PromptRevisionRow {
  return {
    id,
    prompt_id: PROMPT,
    organisation_id: 'o1',
    author_id: author,
    title,
    body: '…',
    tools: [],
    tags: [],
    data_class: 'green',
    status: 'approved',
    featured: false,
    revision: n,
    created_at: '2025-11-02T10:00:00.000Z',
  }
}

async function seed(editorId: string) {
  await db.prompt_revisions.bulkPut([
    revision('r1', 1, 'Første', COLLEAGUE),
    revision('r2', 2, 'Deres tittel', COLLEAGUE),
    revision('mutation-1', 3, 'Min tittel', editorId),
  ])
  const record: ConflictRecord = {
    mutationId: 'mutation-1',
    table: 'prompts',
    rowId: PROMPT,
    baseRevision: 1,
    editorId,
    mine: { id: PROMPT, title: 'Min tittel' },
    at: '2025-11-02T10:00:00.000Z',
  }
  await db.syncState.put({ key: conflictKey('mutation-1'), value: record })
}

async function openSheet() {
  engine = new SyncEngine({ db, remote: new MemoryRemote(), lock: null, env: testEnv() })
  const pinia = createPinia()
  setActivePinia(pinia)
  useSyncStatusStore(pinia).connect(engine)
  useSyncStatusStore(pinia).setRemote(new MemoryRemote(), ME)
  useSessionStore(pinia).userId = ME
  const { wrapper } = await mountWithApp(SyncStatus, { pinia })
  await waitFor(() => wrapper.find('[data-testid="sync-status"]').exists())
  await wrapper.get('[data-testid="sync-status"]').trigger('click')
  await waitFor(() => document.querySelector('[data-testid="sync-sheet"]') !== null, 10_000)
  return document.querySelector<HTMLElement>('[data-testid="sync-sheet"]')!
}

describe('sync details: prompts changed at the same time', () => {
  it('links to each prompt whose edit overtook a colleague’s', async () => {
    await seed(ME)
    const sheet = await openSheet()
    await waitFor(() => sheet.textContent?.includes('Endret samtidig av en kollega') === true)
    const link = sheet.querySelector<HTMLAnchorElement>('[data-testid="conflicted-prompts"] a')!
    expect(link.textContent).toContain('Velg versjon av «Min tittel»')
    expect(link.getAttribute('href')).toBe(`/curate/${PROMPT}`)
  })

  it('says nothing when the edit overtook only my own', async () => {
    await seed(ME)
    await db.prompt_revisions.put(revision('r2', 2, 'Min forrige', ME))
    const sheet = await openSheet()
    await waitFor(() => sheet.textContent?.includes('Sist synkronisert') === true)
    await new Promise((resolve) => setTimeout(resolve, 300)) // the list's query has answered
    expect(sheet.querySelector('[data-testid="conflicted-prompts"]')).toBeNull()
  })
})
