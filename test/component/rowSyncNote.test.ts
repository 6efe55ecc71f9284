import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import RowSyncNote from '@/components/RowSyncNote.vue'
import { db } from '@/data/db'
import { saveWithOutbox } from '@/data/repos/outbox'
import { mountWithApp, waitFor } from '../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const attempt = {
  id: 'a1',
  challenge_id: 'ch-meeting-minutes',
  prompt: 'p',
  output: 'o',
  checklist: {},
  self_score: 3,
  minutes_saved: 10,
  submitted_for_review: false,
  created_at: '2026-11-26T10:00:00.000Z',
}

const Note = defineComponent(() => () => h(RowSyncNote, { table: 'challenge_attempts', rowId: 'a1' }))

describe('RowSyncNote', () => {
  it('follows a row from the phone to the server', async () => {
    await saveWithOutbox(db.challenge_attempts, attempt)
    const { wrapper } = await mountWithApp(Note, { path: '/challenges' })
    await waitFor(() => wrapper.text().includes('sendes når du er pålogget og på nett'))
    expect(wrapper.find('[role="status"]').exists()).toBe(true)

    // The sync engine deletes an entry once the server has applied it.
    await db.outbox.where('table').equals('challenge_attempts').delete()
    await waitFor(() => wrapper.text().includes('Lagret og sendt.'))
    wrapper.unmount()
  })

  it('says so when the server refused the row, in English too', async () => {
    await saveWithOutbox(db.challenge_attempts, attempt)
    await db.outbox.toCollection().modify({ state: 'rejected', reason: 'invalid_row' })
    const { wrapper } = await mountWithApp(Note, { path: '/challenges', locale: 'en' })
    await waitFor(() => wrapper.text().includes('the server did not accept it'))
    wrapper.unmount()
  })

  it("is not confused by another row's entry", async () => {
    await saveWithOutbox(db.challenge_attempts, { ...attempt, id: 'a2' })
    const { wrapper } = await mountWithApp(Note, { path: '/challenges' })
    await waitFor(() => wrapper.text().includes('Lagret og sendt.'))
    wrapper.unmount()
  })
})
