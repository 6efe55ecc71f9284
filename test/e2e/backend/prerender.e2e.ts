import { expect, test } from '@playwright/test'
import { hydrationWarnings, prerenderedRoutes } from '../firstFrame'
import { connectedAppUrl } from './env'

/*
 * The connected build pre-renders its pages too (scripts/prerender.ts), and it offers sign-in from
 * its first render (the Community tab, Settings, onboarding's invite step, the Join and sign-in
 * pages): the build must render the same, or hydration patches the page and warns. The local-mode
 * build's walk is test/e2e/prerender.e2e.ts; a signed-in persona's pages are watched by csp.e2e.ts.
 */
for (const browserLocale of ['nb-NO', 'en-GB']) {
  test(`a first visit to every pre-rendered route of the connected build hydrates without a mismatch (${browserLocale})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000)
    const context = await browser.newContext({ baseURL: connectedAppUrl, locale: browserLocale })
    const page = await context.newPage()
    const warnings = hydrationWarnings(page)
    for (const route of prerenderedRoutes) {
      await page.goto('/robots.txt')
      await page.evaluate(() => localStorage.clear())
      await page.goto(route)
      const picked = await page.evaluate(
        () => (window as unknown as { __loftPrerendered?: number }).__loftPrerendered,
      )
      expect(picked, `${route}: a pre-rendered variant was picked`).toBeDefined()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForFunction(() => performance.getEntriesByName('loft:mounted').length > 0)
    }
    expect(warnings).toEqual([])
    await context.close()
  })
}
