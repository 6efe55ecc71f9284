import { expect, test } from '@playwright/test'
import { directives, watchForViolations } from '../cspWatch'
import { backendUrl, connectedAppUrl } from './env'

/*
 * The connected build's Content-Security-Policy lets the app talk to its configured Supabase URL
 * (here the demo backend on http://127.0.0.1, so http and ws) and to nothing else: a demo persona
 * signs in, the sync pulls the company's rows, and no violation is reported.
 */
test('the connected build allows its Supabase URL and boots, signs in and syncs with no violation', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const header = (await request.get(`${connectedAppUrl}/`)).headers()['content-security-policy']
  const backend = new URL(backendUrl)
  expect(directives(header!)['connect-src']).toEqual([
    "'self'",
    backend.origin,
    `ws://${backend.host}`,
  ])

  const context = await browser.newContext({ baseURL: connectedAppUrl, locale: 'nb-NO' })
  const watch = await watchForViolations(context)
  const page = await context.newPage()
  const supabaseRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().startsWith(backend.origin)) supabaseRequests.push(r.url())
  })
  await page.goto('/sign-in')
  await page
    .getByTestId('demo-personas')
    .getByRole('button', { name: /Emma Berg/ })
    .click()
  await page.waitForURL(/\/learn$/, { timeout: 45_000 })
  await expect(page.getByText(/[1-9]\d* av 6 fullført/)).toBeVisible({ timeout: 20_000 })
  for (const path of ['/library', '/community', '/me', '/challenges']) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
  }
  expect(supabaseRequests.length).toBeGreaterThan(0)
  expect(await watch.violations(page)).toEqual([])
  expect(watch.errors).toEqual([])
  await context.close()
})
