import { expect, test, type Page } from '@playwright/test'
import {
  headingBeforeFirstPaint,
  hydrationWarnings,
  prerenderedRoutes,
  recordFirstHeading,
} from './firstFrame'
import { sectionRoutes, waitForServiceWorkerControl } from './helpers'

// Issue 23: every top-level route's HTML is rendered at build time (scripts/prerender.ts), in each
// language; index.html's scripts put the variant that fits the boot copy and the browser's language
// into #app before the first frame, and main.ts hydrates it.

const words = {
  nb: {
    onboarding: 'Kom i gang',
    skip: 'Hopp over resten',
    challenges: 'Utfordringer',
    library: 'Promptbibliotek',
    me: 'Meg',
  },
  en: {
    onboarding: 'Get started',
    skip: 'Skip the rest',
    challenges: 'Challenges',
    library: 'Prompt library',
    me: 'Me',
  },
} as const

/** The path the served document was pre-rendered for, and the variant the head script picked. */
const servedVariant = (page: Page) =>
  page.evaluate(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="loft-prerendered"]')
    const picked = (window as unknown as { __loftPrerendered?: number }).__loftPrerendered
    return { path: meta ? (JSON.parse(meta.content) as { path: string }).path : null, picked }
  })

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`pre-rendered first frame, ${browserLocale} browser`, () => {
    test.use({ locale: browserLocale })

    test('a first visit and a returning one paint the heading in their language in the first frame', async ({
      page,
    }) => {
      const other = locale === 'nb' ? 'en' : 'nb'
      await recordFirstHeading(page)
      // First visit: the Learn page sends it to onboarding; the first frame is already onboarding.
      await page.goto('/learn')
      await expect.poll(() => headingBeforeFirstPaint(page)).toBe(words[locale].onboarding)
      await expect(page).toHaveURL(/\/onboarding$/)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await page.getByRole('button', { name: words[locale].skip }).click()
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(words[locale].onboarding)

      // Returning, in the browser's language.
      await page.goto('/challenges')
      await expect.poll(() => headingBeforeFirstPaint(page)).toBe(words[locale].challenges)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[locale].challenges)

      // Returning, having chosen the other language in Settings: the first frame is in that one.
      await page.goto('/settings')
      await page.getByLabel(other === 'en' ? 'English' : 'Norsk bokmål').check()
      await expect(page.locator('html')).toHaveAttribute('lang', other)
      await page.goto('/library')
      await expect.poll(() => headingBeforeFirstPaint(page)).toBe(words[other].library)
      await expect(page.locator('html')).toHaveAttribute('lang', other)
      await page.goto('/me')
      await expect.poll(() => headingBeforeFirstPaint(page)).toBe(words[other].me)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[other].me)
    })

    test('every pre-rendered route hydrates without a mismatch, on a first visit and a returning one', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const warnings = hydrationWarnings(page)
      for (const phase of ['first visit', 'onboarding not known', 'returning']) {
        for (const route of prerenderedRoutes) {
          // The boot copy a first visit to a page other than Learn leaves.
          if (phase === 'onboarding not known') {
            if (route === '/' || route === '/learn') continue
            await page.goto('/robots.txt')
            await page.evaluate(() =>
              localStorage.setItem(
                'loft.boot',
                JSON.stringify({
                  locale: null,
                  theme: 'system',
                  onboarded: null,
                  onboardingStep: null,
                  hasActivity: null,
                }),
              ),
            )
          }
          // A first visit each time: no boot copy, nothing in IndexedDB.
          if (phase === 'first visit')
            await page.goto('/robots.txt').then(() =>
              page.evaluate(async () => {
                localStorage.clear()
                for (const db of await indexedDB.databases())
                  if (db.name) indexedDB.deleteDatabase(db.name)
              }),
            )
          await page.goto(route)
          const served = await servedVariant(page)
          expect(served.path, route).toBe(route)
          expect(
            served.picked,
            `${phase} ${route}: a pre-rendered variant was picked`,
          ).toBeDefined()
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          // Hydration is done once the app has mounted.
          await page.waitForFunction(() => performance.getEntriesByName('loft:mounted').length > 0)
          if (phase === 'first visit' && route === '/onboarding') {
            await page.getByRole('button', { name: words[locale].skip }).click()
            await expect(page).toHaveURL(/\/learn$/)
          }
        }
        if (phase === 'onboarding not known') {
          // Become a returning person: onboarding skipped.
          await page.goto('/onboarding')
          await page.getByRole('button', { name: words[locale].skip }).click()
          await expect(page).toHaveURL(/\/learn$/)
        }
      }
      expect(warnings).toEqual([])
    })
  })
}

test.describe('offline', () => {
  test.use({ locale: 'nb-NO' })

  test('an offline reload of each route paints the service worker’s pre-rendered page', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000)
    const warnings = hydrationWarnings(page)
    await recordFirstHeading(page)
    await page.goto('/onboarding')
    await page.getByRole('button', { name: words.nb.skip }).click()
    await expect(page).toHaveURL(/\/learn$/)
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)
    for (const route of sectionRoutes) {
      await page.goto(route)
      const response = await page.reload()
      expect(response?.fromServiceWorker(), route).toBe(true)
      const served = await servedVariant(page)
      expect(served.path, route).toBe(route)
      expect(served.picked, route).toBeDefined()
      await expect
        .poll(() => headingBeforeFirstPaint(page), { message: route })
        .toEqual(expect.any(String))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    await context.setOffline(false)
    expect(warnings).toEqual([])
  })
})
