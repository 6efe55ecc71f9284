import { expect, test, type Page } from '@playwright/test'
import { screenshot, waitForAppDatabase } from './helpers'

// Text from other people (a shared prompt's title, task, tags; a tool's name) may hold a word
// longer than the screen: it wraps, and no page scrolls sideways (which let the fixed bars cover
// buttons). Issue 20 item 11 / issue 22 item 3.
const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d07'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a17'
const PROMPT = 'b1b2b3b4-0000-4000-8000-000000000017'
const long = (stem: string) => stem.repeat(40)

async function seed(page: Page) {
  await waitForAppDatabase(page)
  await page.evaluate(
    async ({ org, me, id, title, task, tag }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('loft')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = idb.transaction(['organisations', 'memberships', 'prompts'], 'readwrite')
      tx.objectStore('organisations').put({ id: org, name: title, min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' })
      tx.objectStore('memberships').put({ id: crypto.randomUUID(), user_id: me, organisation_id: org, roles: ['member', 'ambassador'], created_at: '2025-10-01T00:00:00.000Z' })
      for (const [promptId, status] of [[id, 'approved'], [id.replace('0017', '0018'), 'submitted']] as const)
        tx.objectStore('prompts').put({
          id: promptId, organisation_id: org, author_id: me, title, body: `${title} {{${tag}}}`, department: 'sales', task,
          tools: [], level: 'basic', data_class: 'green', tags: [tag, tag], status, featured: true, revision: 1,
          updated_at: '2025-11-01T10:00:00.000Z',
        })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      idb.close()
      type Pinia = { _s: Map<string, { userId: string | null }> }
      const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } }).__vue_app__
      app.config.globalProperties.$pinia._s.get('session')!.userId = me
    },
    { org: ORG, me: ME, id: PROMPT, title: long('Tilbudsbrev'), task: long('Oppgave'), tag: long('merkelapp') },
  )
}

test('long unbroken words wrap: no page scrolls sideways', async ({ page }) => {
  await page.goto('/library')
  await seed(page)
  for (const path of ['/library', `/library/${PROMPT}`, '/curate', `/curate/${PROMPT}`]) {
    // In-app navigation: a reload would forget the signed-in person set by seed().
    await page.evaluate(async (to) => {
      type Router = { push: (to: string) => Promise<unknown> }
      const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: Router } } } }).__vue_app__
      await app.config.globalProperties.$router.push(to)
    }, path)
    await expect(page.locator('main h1')).toBeVisible()
    await expect(page.getByText(/TilbudsbrevTilbudsbrev/).first()).toBeVisible()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(widths.page, path).toBeLessThanOrEqual(widths.viewport)
    await screenshot(page, `long-words${path.replaceAll('/', '-')}`)
  }
})
