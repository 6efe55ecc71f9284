import { expect, test, type Browser } from '@playwright/test'
import { directives, watchForViolations } from '../cspWatch'
import { backendUrl, connectedAppUrl } from './env'

/*
 * The connected build's Content-Security-Policy lets the app talk to its configured Supabase URL
 * (here the demo backend on http://127.0.0.1, so http and ws) and to nothing else: each demo
 * persona signs in, the sync pulls the company's year, and the pages of their role (the community's
 * Markdown, HR's charts) show with no violation and no console error.
 */
const backend = new URL(backendUrl)

test('the connected build sends a policy that allows its Supabase URL', async ({ request }) => {
  const header = (await request.get(`${connectedAppUrl}/`)).headers()['content-security-policy']
  expect(directives(header!)['connect-src']).toEqual([
    "'self'",
    backend.origin,
    `ws://${backend.host}`,
  ])
})

async function visitAs(browser: Browser, persona: RegExp, landsOn: RegExp, paths: string[]) {
  const context = await browser.newContext({ baseURL: connectedAppUrl, locale: 'nb-NO' })
  const watch = await watchForViolations(context)
  const page = await context.newPage()
  let supabaseRequests = 0
  page.on('request', (r) => {
    if (r.url().startsWith(backend.origin)) supabaseRequests++
  })
  await page.goto('/sign-in')
  await page.getByTestId('demo-personas').getByRole('button', { name: persona }).click()
  await page.waitForURL(landsOn, { timeout: 45_000 })
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    if (path === '/community') {
      // A post of the demo year, its Markdown body rendered.
      await page.locator('.post-card a').first().click()
      await expect(page.locator('.post-view__body')).toBeVisible()
      await expect(page.locator('.post-view__body')).not.toHaveClass(/markdown--plain/)
    }
    expect(await watch.violations(page), path).toEqual([])
  }
  expect(supabaseRequests).toBeGreaterThan(0)
  expect(watch.errors).toEqual([])
  await context.close()
}

test('each persona signs in, syncs and sees the pages of their role with no violation', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  await visitAs(browser, /Emma Berg/, /\/learn$/, [
    '/learn',
    '/library',
    '/community',
    '/community/ideas',
    '/challenges',
    '/me',
  ])
  await visitAs(browser, /Jonas Lie/, /\/curate$/, ['/curate', '/community'])
  await visitAs(browser, /Ingrid Hauge/, /\/insights$/, [
    '/insights',
    '/insights/programme',
    '/insights/roi',
    '/insights/report',
  ])
  await visitAs(browser, /Kari Nilsen/, /\/admin$/, ['/admin'])
})
