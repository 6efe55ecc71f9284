import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from './helpers'

// The e2e build has no VITE_SUPABASE_URL: local mode. Sign-in and joining explain that, and
// supabase-js is never fetched.
for (const [locale, browserLocale, signInHeading, joinHeading, localText] of [
  ['nb', 'nb-NO', 'Logg inn', 'Bli med i organisasjonen', 'Løft kjører i lokal modus'],
  ['en', 'en-GB', 'Sign in', 'Join your organisation', 'Løft is running in local mode'],
] as const) {
  test.describe(`sign-in and join in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('render in local mode with no axe violations and never load supabase-js', async ({ page }) => {
      const requested: string[] = []
      page.on('request', (request) => requested.push(request.url()))

      await page.goto('/sign-in')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(signInHeading)
      await expect(page.getByText(localText)).toBeVisible()
      await expect(page.locator('form')).toHaveCount(0)
      await expectNoAxeViolations(page)
      await screenshot(page, `${locale}-sign-in`)

      await page.goto('/join')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(joinHeading)
      await expect(page.getByTestId('join-sign-in-first')).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `${locale}-join`)

      // Local mode shows no sync status, only the settings link and (offline) the quiet indicator.
      await expect(page.getByTestId('sync-status')).toHaveCount(0)
      expect(requested.filter((url) => /supabase/i.test(url))).toEqual([])
    })
  })
}

test('one sync engine starts after the first render and holds the sync lock', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The leader tab holds the Web Lock for its life; in local mode nothing is sent.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.locks.query()).held?.map((l) => l.name)))
    .toEqual(['loft-sync'])
})
