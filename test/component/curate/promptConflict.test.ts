import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import App from '@/App.vue'
import { db, type PromptRevisionRow, type PromptRow } from '@/data/db'
import { conflictKey, type ConflictRecord } from '@/data/sync/conflicts'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ME = 'a0000000-0000-4000-8000-00000000000a'
const COLLEAGUE = 'a0000000-0000-4000-8000-00000000000b'
const PROMPT = 'c0000000-0000-4000-8000-000000000001'

function prompt(overrides: Partial<PromptRow> = {}): PromptRow {
  return {
    id: PROMPT,
    organisation_id: ORG,
    author_id: COLLEAGUE,
    title: 'Tilbud på ti minutter',
    body: 'Skriv et tilbud til {{kunde}}.',
    department: null,
    task: null,
    tools: [],
    level: null,
    data_class: 'green',
    tags: [],
    status: 'submitted',
    featured: false,
    revision: 2,
    updated_at: '2025-11-01T10:00:00.000Z',
    updated_by: COLLEAGUE,
    ...overrides,
  }
}

function revision(row: PromptRow, id: string, author: string): PromptRevisionRow {
  const fields: Partial<PromptRow> = { ...row }
  delete fields.updated_at
  delete fields.updated_by
  delete fields.base_revision
  return {
    ...(fields as PromptRow),
    id,
    prompt_id: row.id,
    author_id: author,
    created_at: row.updated_at,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await db.memberships.put({
    id: 'm1',
    user_id: ME,
    organisation_id: ORG,
    roles: ['member', 'ambassador'],
    created_at: '2025-01-01',
  })
})

async function openEditor() {
  const mounted = await mountWithApp(App, { path: '/curate' })
  useSessionStore(mounted.pinia).userId = ME
  await flushPromises()
  await mounted.router.push(`/curate/${PROMPT}`)
  await waitFor(() => mounted.wrapper.find('#pf-title').exists())
  return mounted
}

const button = (wrapper: Awaited<ReturnType<typeof openEditor>>['wrapper'], text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)!

describe('editing after one’s own approve', () => {
  it('shows no "someone else changed it" warning and bases the edit on the approve', async () => {
    const opened = prompt()
    await db.prompts.put(opened)
    await db.prompt_revisions.put(revision(opened, 'r2', COLLEAGUE))
    const { wrapper } = await openEditor()
    await button(wrapper, 'Godkjenn').trigger('click')
    await waitFor(() => wrapper.text().includes('Godkjent. Kollegaene dine'))
    // The approve reaches the server and comes back as revision 3, written by me.
    await db.outbox.clear()
    const approved = prompt({ status: 'approved', revision: 3, updated_by: ME })
    await db.transaction('rw', db.prompts, db.prompt_revisions, async () => {
      await db.prompts.put(approved)
      await db.prompt_revisions.put(revision(approved, 'r3', ME))
    })
    await waitFor(() => wrapper.text().includes('Versjon 3'))
    await flushPromises()
    expect(wrapper.text()).not.toContain('Noen andre har endret prompten')

    await wrapper.get('#pf-title').setValue('Tilbud på fem minutter')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Lagret som en ny versjon'))
    const [entry] = await db.outbox.toArray()
    expect(entry!.row).toMatchObject({ title: 'Tilbud på fem minutter', base_revision: 3 })
    wrapper.unmount()
  })
})

describe('an edit the server applied over a colleague’s', () => {
  async function seedConflict() {
    const theirs = prompt({ title: 'Deres tittel', revision: 3 })
    const mine = prompt({ title: 'Min tittel', revision: 4, updated_by: ME })
    await db.prompts.put(mine)
    await db.prompt_revisions.bulkPut([
      revision(prompt(), 'r2', COLLEAGUE),
      revision(theirs, 'r3', COLLEAGUE),
      revision(mine, 'mutation-1', ME),
    ])
    const record: ConflictRecord = {
      mutationId: 'mutation-1',
      table: 'prompts',
      rowId: PROMPT,
      baseRevision: 2,
      editorId: ME,
      mine: { ...mine, revision: 2, base_revision: 2 },
      at: '2025-11-02T10:00:00.000Z',
    }
    await db.syncState.put({ key: conflictKey('mutation-1'), value: record })
  }

  it('shows both versions; "take theirs" saves theirs as a new revision on the newest', async () => {
    await seedConflict()
    const { wrapper } = await openEditor()
    await waitFor(() => wrapper.find('[data-testid="prompt-conflict"]').exists())
    expect(wrapper.get('[data-testid="conflict-theirs"]').text()).toContain('Deres tittel')
    expect(wrapper.get('[data-testid="conflict-mine"]').text()).toContain('Min tittel')
    await button(wrapper, 'Bruk kollegaens').trigger('click')
    await waitFor(() => !wrapper.find('[data-testid="prompt-conflict"]').exists())
    expect(wrapper.text()).toContain('Kollegaens versjon gjelder igjen')
    const [entry] = await db.outbox.toArray()
    expect(entry!.row).toMatchObject({ title: 'Deres tittel', base_revision: 4 })
    expect(await db.syncState.get(conflictKey('mutation-1'))).toBeUndefined()
    wrapper.unmount()
  })

  it('"merge by hand" puts both into the form; saving resolves the conflict', async () => {
    await seedConflict()
    const { wrapper } = await openEditor()
    await waitFor(() => wrapper.find('[data-testid="prompt-conflict"]').exists())
    await button(wrapper, 'Slå sammen selv').trigger('click')
    await waitFor(() => !wrapper.find('[data-testid="prompt-conflict"]').exists())
    expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe('Min tittel')
    await wrapper.get('#pf-title').setValue('Vår tittel')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Lagret som en ny versjon'))
    const [entry] = await db.outbox.toArray()
    expect(entry!.row).toMatchObject({ title: 'Vår tittel', base_revision: 4 })
    expect(await db.syncState.get(conflictKey('mutation-1'))).toBeUndefined()
    wrapper.unmount()
  })
})
