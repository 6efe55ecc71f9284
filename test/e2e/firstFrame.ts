import { readFileSync } from 'node:fs'
import type { ConsoleMessage, Page } from '@playwright/test'
import { readRoutes } from '../../scripts/routePreload'

/** Every static path the build pre-renders (the route table's paths without parameters). */
export const prerenderedRoutes = readRoutes(readFileSync('src/modules/router.ts', 'utf8')).map(
  (r) => r.path,
)

/** Collects every console message and page error that speaks of hydration. */
export function hydrationWarnings(page: Page) {
  const warnings: string[] = []
  const note = (text: string) => {
    if (/hydrat/i.test(text)) warnings.push(`${page.url()}: ${text}`)
  }
  page.on('console', (message: ConsoleMessage) => note(message.text()))
  page.on('pageerror', (error) => note(String(error)))
  return warnings
}

/**
 * Records, from before any of the page's own scripts run, the first level-1 heading that enters the
 * document and when (a MutationObserver's callback runs right after the script or parser step that
 * added it). `headingBeforeFirstPaint` then tells what the browser's first frame held: the heading's
 * text if it was in the document before the first paint, or null.
 */
export async function recordFirstHeading(page: Page) {
  await page.addInitScript(() => {
    const seen = (): boolean => {
      const h1 = document.querySelector('#app h1')
      if (!h1) return false
      ;(window as unknown as Record<string, unknown>).__firstHeading = {
        text: h1.textContent?.trim(),
        at: performance.now(),
      }
      return true
    }
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

export function headingBeforeFirstPaint(page: Page) {
  return page.evaluate(() => {
    const painted = performance.getEntriesByName('first-paint')[0]?.startTime
    const heading = (window as unknown as Record<string, unknown>).__firstHeading as
      { text: string; at: number } | undefined
    if (painted === undefined || !heading) return undefined // not painted yet
    return heading.at <= painted ? heading.text : null
  })
}
