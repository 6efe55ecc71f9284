import type { Browser, Page } from '@playwright/test'
import { connectedAppUrl } from './env'

/** The two screens the demo company's pages are checked at. */
export type Viewport = { width: number; height: number }
export const phone: Viewport = { width: 390, height: 844 }
export const desktop: Viewport = { width: 1280, height: 800 }

/**
 * A fresh browser on the connected demo build, signed in with one tap as a demo persona (matched
 * by name); waits until the app has left the sign-in page (or reached `landsOn`).
 */
export async function signInAsPersona(
  browser: Browser,
  lang: 'nb' | 'en',
  viewport: Viewport,
  persona: string | RegExp,
  landsOn: RegExp | ((url: URL) => boolean) = (url) => !url.pathname.startsWith('/sign-in'),
) {
  const context = await browser.newContext({
    baseURL: connectedAppUrl,
    locale: lang === 'nb' ? 'nb-NO' : 'en-GB',
    viewport,
    deviceScaleFactor: 1,
    isMobile: viewport === phone,
    hasTouch: viewport === phone,
  })
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page
    .getByTestId('demo-personas')
    .getByRole('button', { name: typeof persona === 'string' ? new RegExp(persona) : persona })
    .click()
  await page.waitForURL(landsOn, { timeout: 150_000 })
  return { context, page }
}

/** Goes to a page inside the app (no reload: the session and the synced rows stay). */
export async function visitInApp(page: Page, path: string) {
  await page.evaluate((p) => {
    history.pushState({}, '', p)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await page.waitForURL(new RegExp(`${path}$`))
}
