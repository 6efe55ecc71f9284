import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './helpers'

// 400 % zoom on a phone leaves 195 × 422 CSS px (WCAG 1.4.10 reflow, issue 22 items 2–3): no page
// scrolls sideways, nothing is fixed over the content, and every navigation item and primary
// action can be reached. And on a touch screen, a focused text field hides the navigation, as
// the on-screen keyboard needs the room (issue 20 item 2).

async function skipOnboarding(page: Page, skip: RegExp) {
  await page.goto('/')
  await page.getByRole('button', { name: skip }).click()
  await expect(page).toHaveURL(/\/learn$/)
}

const routes = [
  '/learn',
  '/challenges',
  '/challenges/ch-meeting-minutes',
  '/library',
  '/library/new',
  '/community',
  '/me',
  '/me/literacy',
  '/settings',
]

for (const [locale, browserLocale, skip] of [
  ['nb', 'nb-NO', /Hopp over resten/],
  ['en', 'en-GB', /Skip the rest/],
] as const) {
  test.describe(`at 400 % zoom (${locale})`, () => {
    test.use({ locale: browserLocale, viewport: { width: 195, height: 422 } })

    test('no route scrolls sideways; navigation and primary actions are reachable', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      await skipOnboarding(page, skip)
      for (const route of routes) {
        await page.goto(route)
        await expect(page.locator('main h1')).toBeVisible()
        const layout = await page.evaluate(() => {
          const nav = document.querySelector('.bottom-nav')!
          return {
            width: document.documentElement.scrollWidth,
            navFixed: getComputedStyle(nav).position === 'fixed',
            topFixed: ['fixed', 'sticky'].includes(
              getComputedStyle(document.querySelector('.top-bar')!).position,
            ),
          }
        })
        expect(layout.width, route).toBeLessThanOrEqual(195)
        expect(layout.navFixed, route).toBe(false)
        expect(layout.topFixed, route).toBe(false)
        for (const link of await page
          .getByRole('navigation', { name: /Hovedmeny|Main menu/ })
          .getByRole('link')
          .all()) {
          // A long list may still be growing as it scrolls (the library's virtual list): retry.
          await expect(async () => {
            await link.scrollIntoViewIfNeeded()
            await expect(link).toBeInViewport({ timeout: 500 })
          }, `${route}: ${await link.textContent()}`).toPass({ timeout: 10_000 })
        }
        // (:visible: a closed sheet, like the library's filters, holds a primary button too.)
        const primary = page.locator('main .button--primary:visible').first()
        if (await primary.count()) {
          await primary.scrollIntoViewIfNeeded()
          await expect(primary).toBeInViewport({ ratio: 1 })
        }
        await screenshot(page, `zoom400-${locale}${route.replaceAll('/', '-')}`)
      }
    })
  })

  test.describe(`keyboard (${locale})`, () => {
    test.use({ locale: browserLocale })
    test(`a focused text field hides the navigation on a touch screen (${locale})`, async ({
      page,
    }) => {
      await skipOnboarding(page, skip)
      await page.goto('/library/new')
      const nav = page.locator('.bottom-nav')
      await expect(nav).toBeVisible()
      await page.locator('#pf-title').focus()
      await expect(nav).toBeHidden()
      await page.locator('#pf-body').focus() // moving between fields keeps it hidden
      await expect(nav).toBeHidden()
      await page.locator('main h1').click()
      await expect(nav).toBeVisible()
    })
  })
}
