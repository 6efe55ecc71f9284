import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MyDataPage from '@/pages/MyDataPage.vue'
import LiteracyPage from '@/pages/LiteracyPage.vue'
import { db } from '@/data/db'
import { setPref } from '@/data/repos/prefs.repo'
import { saveProfile } from '@/data/repos/profile.repo'
import { saveWithOutbox } from '@/data/repos/outbox'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  document.body.innerHTML = ''
})

async function seed() {
  await setPref('theme', 'dark')
  await setPref('locale', 'nb')
  await saveProfile({ displayName: 'Kari Nordmann', language: 'nb' })
  await saveWithOutbox(db.progress_events, {
    id: 'e1',
    lesson_id: 'data-rules',
    kind: 'completed',
    occurred_at: '2025-11-20T09:00:00Z',
  })
}

const dialog = () => document.querySelector('[role="alertdialog"]')
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)

describe('My data', () => {
  it('asks for confirmation; Escape keeps everything', async () => {
    await seed()
    const { wrapper } = await mountWithApp(MyDataPage, { path: '/me/data' })
    button('Slett dataene mine')!.click()
    await waitFor(() => dialog() !== null)
    expect(dialog()!.textContent).toContain('Vil du slette dataene dine?')
    expect(dialog()!.contains(document.activeElement)).toBe(true)

    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    )
    await waitFor(() => dialog() === null)
    expect(await db.progress_events.count()).toBe(1)
    expect(await db.profiles.count()).toBe(1)
    wrapper.unmount()
  })

  it('deletes the personal tables after confirmation and leaves the preferences', async () => {
    await seed()
    const { wrapper } = await mountWithApp(MyDataPage, { path: '/me/data' })
    button('Slett dataene mine')!.click()
    await waitFor(() => dialog() !== null)
    button('Ja, slett dataene mine')!.click()
    await waitFor(() => wrapper.text().includes('Dataene dine er slettet fra denne enheten.'))
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.profiles.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0) // local mode: nothing is left to send
    expect(await db.prefs.get('theme')).toEqual({ key: 'theme', value: 'dark' })
    expect(await db.prefs.get('locale')).toEqual({ key: 'locale', value: 'nb' })
    wrapper.unmount()
  })

  it('signed in: says the server deletes follow, and queues them', async () => {
    await seed()
    const { wrapper, pinia } = await mountWithApp(MyDataPage, { path: '/me/data', locale: 'en' })
    useSessionStore(pinia).userId = 'u1'
    await flushPromises()
    expect(wrapper.text()).toContain('the deletion is also sent to the server')
    button('Delete my data')!.click()
    await waitFor(() => dialog() !== null)
    button('Yes, delete my data')!.click()
    await waitFor(() => wrapper.text().includes('deleted from this device'))
    const outbox = await db.outbox.toArray()
    expect(outbox.map((e) => `${e.table}:${e.op}`).sort()).toEqual([
      'profiles:delete',
      'progress_events:delete',
    ])
    wrapper.unmount()
  })
})

describe('AI-literacy record', () => {
  it('lists the completed compliance lesson with its date, and what is left', async () => {
    await seed()
    const { wrapper } = await mountWithApp(LiteracyPage, { path: '/me/literacy' })
    await waitFor(() => wrapper.find('tbody tr').exists(), 5000)
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.text()).toContain('Dataregler og regelverk')
    expect(rows[0]!.get('time').attributes('datetime')).toBe('2025-11-20T09:00:00Z')
    expect(rows[0]!.get('time').text()).toBe('20. nov. 2025')
    expect(wrapper.text()).toContain('Kari Nordmann')
    expect(wrapper.findAll('#literacy-left + ul li').length).toBeGreaterThan(0)
    expect(wrapper.text()).toContain('Skriv ut eller lagre som PDF')
    wrapper.unmount()
  })
})
