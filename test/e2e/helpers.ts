import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const sectionRoutes = [
  '/learn',
  '/challenges',
  '/library',
  '/community',
  '/me',
  '/settings',
  '/curate',
  '/insights',
  '/admin',
] as const

/** Runs axe (WCAG 2.2 A/AA rules) on the page and fails with the list of violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}

/** Screenshots go to a git-ignored folder, one per route and language. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/** The first visit is not controlled by the service worker: wait for it, reload, wait for control. */
export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/**
 * Waits until the app has created its IndexedDB database. Dexie loads after the first paint
 * (src/data/openDb.ts), so a test that writes rows straight into IndexedDB must not open the
 * database first: it would create an empty one, without the app's tables. Once the name is listed,
 * an open waits for Dexie's upgrade to finish. (Polled with page.evaluate: waitForFunction takes a
 * Promise for a truthy answer.)
 */
export async function waitForAppDatabase(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await indexedDB.databases()).some((database) => database.name === 'loft'),
      ),
    )
    .toBe(true)
}
