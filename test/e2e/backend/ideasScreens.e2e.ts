import { expect, test, type Browser } from '@playwright/test'
import { screenshot } from '../helpers'
import { connectedAppUrl } from './env'

/*
 * Screenshots of the ideas board (demo company) for review: the board and the composer with the
 * anonymous switch on at 390×844 in bokmål and English, and the ambassador's status editor at
 * desktop width. Written to test-results/screenshots (git-ignored); also checks each is there.
 */

async function device(browser: Browser, locale: string, width: number, height: number) {
  const context = await browser.newContext({ baseURL: connectedAppUrl, locale, viewport: { width, height } })
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page.getByTestId('demo-personas').getByRole('button', { name: /Jonas Lie/ }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 45_000 })
  await page.goto('/community/ideas')
  await expect(page.getByTestId('idea-card').first()).toBeVisible({ timeout: 45_000 })
  return { context, page }
}

test.describe('ideas board screenshots', () => {
  test.setTimeout(240_000)

  for (const [lang, locale] of [['nb', 'nb-NO'], ['en', 'en-GB']] as const) {
    test(`board and composer at 390×844 (${lang})`, async ({ browser }) => {
      const { context, page } = await device(browser, locale, 390, 844)
      await page.screenshot({ path: `test-results/screenshots/ideas-board-${lang}.png` })
      await page.getByTestId('idea-new').click()
      await page.getByTestId('idea-anonymous').check()
      await page.locator('#idea-title').fill(lang === 'nb' ? 'Treg godkjenning av innkjøp' : 'Slow purchase approvals')
      await screenshot(page, `ideas-composer-${lang}`)
      await context.close()
    })
  }

  test('the status editor at desktop width (nb)', async ({ browser }) => {
    const { context, page } = await device(browser, 'nb-NO', 1280, 800)
    const first = page.getByTestId('idea-card').first()
    await first.getByRole('button', { name: 'Sett status' }).click()
    await expect(first.getByTestId('idea-status-editor')).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/ideas-status-editor-desktop-nb.png' })
    await context.close()
  })
})
