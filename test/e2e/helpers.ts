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

/**
 * Runs axe (WCAG 2.2 A/AA rules) on the page and fails with the list of violations. A pre-rendered
 * page is inert until the app has hydrated it (index.html), and an entrance animation changes the
 * colours it passes through: axe checks the settled page one can use.
 */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForFunction(() => !document.getElementById('app')?.inert)
  // A step that is still fading in (the lesson player's 200 ms step-in) has text at part opacity,
  // which axe measured as low contrast (#727d88 instead of the muted colour) now and then.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  )
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}

/** Waits until main.ts has mounted (a pre-rendered page: hydrated), its 'loft:mounted' mark. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('loft:mounted').length > 0)
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

/**
 * WCAG 2.2 target size (2.5.8): every visible interactive element is at least 24×24 CSS px, or
 * a link inline in a sentence. Fails with the list of the small ones.
 */
export async function expectTargetsAtLeast24(page: Page) {
  const small = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [tabindex]:not([tabindex="-1"])'
    const out: string[] = []
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      // A native radio or checkbox inside its label: the label is the target.
      const label = element.closest('label')
      const target =
        label && (element as HTMLInputElement).type?.match(/radio|checkbox/)
          ? label.getBoundingClientRect()
          : rect
      if (target.width >= 24 && target.height >= 24) continue
      // The inline exception: a link within a line of text.
      if (style.display === 'inline' && element.tagName === 'A') continue
      if (element.classList.contains('skip-link')) continue // off-screen until focused
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
        .trim()
        .slice(0, 30)
      out.push(
        `${element.tagName.toLowerCase()} "${name}" ${Math.round(target.width)}×${Math.round(target.height)}`,
      )
    }
    return out
  })
  expect(small).toEqual([])
}
