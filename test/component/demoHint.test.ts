import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const hint = () => document.body.querySelector('[data-testid="demo-hint"]')

// Vitest runs with import.meta.env.DEV, as `npm run dev` does; production builds are checked in
// test/e2e/demoHint.e2e.ts.
describe('the demo hint in a development build', () => {
  it.each(['/community', '/insights', '/settings'])('%s tells someone in local mode how to try the demo', async (path) => {
    const { wrapper } = await mountWithApp(App, { path })
    await waitFor(() => hint() !== null, 15000)
    expect(hint()!.textContent).toContain('npm run demo')
    expect(hint()!.textContent).toContain('Nordlys Industri AS')
    wrapper.unmount()
  })

  it('is not shown to someone signed in (they have an organisation), and in English too', async () => {
    const { wrapper, pinia } = await mountWithApp(App, { path: '/community', locale: 'en' })
    await waitFor(() => hint() !== null, 15000)
    expect(hint()!.textContent).toContain('See it with a whole company')
    useSessionStore(pinia).userId = crypto.randomUUID()
    await waitFor(() => hint() === null)
    wrapper.unmount()
  })
})
