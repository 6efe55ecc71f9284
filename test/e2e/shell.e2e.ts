import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import {
  expectNoAxeViolations,
  expectTargetsAtLeast24,
  screenshot,
  sectionRoutes,
  waitForServiceWorkerControl,
} from './helpers'
import { headingBeforeFirstPaint, recordFirstHeading } from './firstFrame'

for (const [locale, browserLocale, learnHeading, onboardingHeading, skipAll] of [
  ['nb', 'nb-NO', 'Lær', 'Kom i gang', 'Hopp over resten'],
  ['en', 'en-GB', 'Learn', 'Get started', 'Skip the rest'],
] as const) {
  test.describe(`every route in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('renders with a heading, no axe violations, and a screenshot', async ({ page }) => {
      test.setTimeout(150_000) // nine routes, each with axe, the target-size check and a screenshot
      await page.goto('/')
      // First start: onboarding, in the browser's language.
      await expect(page).toHaveURL(/\/onboarding$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(onboardingHeading)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await page.getByRole('button', { name: skipAll }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(learnHeading)
      for (const route of sectionRoutes) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.getByRole('navigation').first()).toBeVisible()
        await expectNoAxeViolations(page)
        await expectTargetsAtLeast24(page)
        await screenshot(page, `${locale}${route.replaceAll('/', '-')}`)
      }
    })

    test('dark theme has no axe violations either', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      for (const route of ['/learn', '/settings', '/curate']) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoAxeViolations(page)
        await screenshot(page, `${locale}-dark${route.replaceAll('/', '-')}`)
      }
    })

    test('sub-pages: no axe violations and every target at least 24×24 px', async ({ page }) => {
      test.setTimeout(120_000)
      await page.goto('/')
      await page.getByRole('button', { name: skipAll }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(learnHeading)
      for (const route of ['/library/new', '/challenges/ch-meeting-minutes', '/challenges/flaw/fl-holiday-rules', '/me/literacy', '/me/data', '/join', '/sign-in']) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoAxeViolations(page)
        await expectTargetsAtLeast24(page)
      }
    })
  })
}

test('the first frame Chromium paints already holds the page, online and from the service worker; Dexie is requested after it', async ({
  page,
}) => {
  // The page's HTML is pre-rendered (scripts/prerender.ts): index.html's scripts put it into #app
  // before the first frame, so no empty or half-styled frame comes first; main.ts hydrates it.
  await recordFirstHeading(page)
  const headingInFirstFrame = () => headingBeforeFirstPaint(page).then((text) => Boolean(text))
  // What the first frame doesn't need is requested only after it: Dexie (src/data/openDb.ts) and,
  // on /library, the list with its virtualizer. The helper counts a chunk's requests made before
  // the first paint (null while it has not been requested at all).
  const requestedBeforeFirstPaint = (chunk: string) =>
    page.evaluate((chunk) => {
      const painted = performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity
      const requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(`/assets/${chunk}-`))
      return requests.length ? requests.filter((entry) => entry.startTime < painted).length : null
    }, chunk)
  for (const route of ['/community', '/library', '/settings', '/challenges']) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect.poll(headingInFirstFrame, { message: route }).toBe(true)
    for (const chunk of route === '/library' ? ['database', 'LibraryList'] : ['database'])
      await expect
        .poll(() => requestedBeforeFirstPaint(chunk), { message: `${route}: ${chunk}` })
        .toBe(0)
  }
  await waitForServiceWorkerControl(page)
  await page.goto('/me')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect.poll(headingInFirstFrame, { message: '/me from the service worker' }).toBe(true)
})

test('Chromium reports the app as installable', async ({ baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito context, so use a real profile folder.
  const profile = mkdtempSync(join(tmpdir(), 'loft-install-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    viewport: { width: 390, height: 844 },
  })
  try {
    const page = await context.newPage()
    await page.goto('/learn')
    await waitForServiceWorkerControl(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test.describe('offline', () => {
  test.use({ locale: 'nb-NO' })

  test('every route opens offline after one visit, and data written before is still there', async ({
    page,
    context,
  }) => {
    await page.goto('/settings')
    await waitForServiceWorkerControl(page)
    await page.getByLabel('Visningsnavn').fill('Ola Nordmann')
    await page.getByRole('button', { name: 'Lagre profilen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Profilen er lagret' })).toBeVisible()

    await context.setOffline(true)
    for (const route of sectionRoutes) {
      await page.goto(route)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    await page.goto('/settings')
    await page.reload()
    await expect(page.getByLabel('Visningsnavn')).toHaveValue('Ola Nordmann')
    await expect(page.getByText('Uten nett', { exact: true })).toBeVisible()
    await screenshot(page, 'nb-offline-settings')
    await context.setOffline(false)
  })
})

test('the language choice in Settings is remembered across reloads', async ({ page }) => {
  await page.goto('/settings')
  await page.getByLabel('English').check()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
