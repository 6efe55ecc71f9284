import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot, waitForAppDatabase } from './helpers'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'

const text = {
  nb: {
    local: 'Løfts standardregler gjelder',
    defaults: 'Organisasjonen har ikke egne regler ennå',
    red: 'Microsoft 365 Copilot kan ikke få røde data uten databehandleravtale.',
    term: 'Nytt ord eller navn',
    save: 'Lagre reglene',
    saved: 'Lagret på denne enheten – synkroniseres når du er på nett igjen.',
  },
  en: {
    local: "Løft's default rules apply",
    defaults: 'Your organisation has no rules of its own yet',
    red: "Microsoft 365 Copilot can't receive red data without a data processing agreement.",
    term: 'New word or name',
    save: 'Save the rules',
    saved: 'Saved on this device – will sync when you are online again.',
  },
} as const

/**
 * Makes this device's person an admin of an organisation, as a sync would: the membership and
 * organisation rows in IndexedDB, and the signed-in user in the session store. (There is no
 * server in e2e, so sign-in itself is not possible here.)
 */
async function becomeAdmin(page: Page) {
  await waitForAppDatabase(page)
  await page.evaluate(
    async ({ org, me }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('loft')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = idb.transaction(['organisations', 'memberships'], 'readwrite')
      tx.objectStore('organisations').put({ id: org, name: 'Nordlys Rådgivning AS', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' })
      tx.objectStore('memberships').put({ id: crypto.randomUUID(), user_id: me, organisation_id: org, roles: ['member', 'admin'], created_at: '2025-10-01T00:00:00.000Z' })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      idb.close()
      type Pinia = { _s: Map<string, { userId: string | null }> }
      const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } }).__vue_app__
      const session = app.config.globalProperties.$pinia._s.get('session')
      if (!session) throw new Error('no session store')
      session.userId = me
    },
    { org: ORG, me: ME },
  )
}

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`admin in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('local mode shows the defaults; an admin edits and saves the rules offline', async ({ page, context }) => {
      const s = text[locale]
      await page.goto('/admin')
      await expect(page.getByRole('heading', { name: s.local })).toBeVisible()
      await expect(page.locator('main input')).toHaveCount(0)
      await expectNoAxeViolations(page)
      await screenshot(page, `admin-${locale}-local`)

      await becomeAdmin(page)
      await expect(page.getByText(s.defaults)).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `admin-${locale}-editor`)
      await page.screenshot({ path: `test-results/screenshots/admin-${locale}-editor-top.png` })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

      // Red for a tool without a data processing agreement: explained where it happens.
      const red = page.locator('fieldset').filter({ has: page.locator('legend [data-class="red"]') })
      await red.getByLabel('Microsoft 365 Copilot').check()
      await expect(red.getByText(s.red)).toBeVisible()
      await expectNoAxeViolations(page)
      await red.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/screenshots/admin-${locale}-error.png` })
      await red.getByLabel('Microsoft 365 Copilot').uncheck()

      await page.getByLabel(s.term).fill('Prosjekt Fjellvann')
      await page.getByLabel(s.term).press('Enter')
      await context.setOffline(true)
      await page.getByRole('button', { name: s.save }).click()
      await expect(page.getByText(s.saved)).toBeVisible()
      await page.screenshot({ path: `test-results/screenshots/admin-${locale}-saved.png` })
      await screenshot(page, `admin-${locale}-saved-full`)
    })
  })
}
