import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readRoutes } from '../../scripts/routePreload'
import { waitForServiceWorkerControl } from './helpers'
import { directives, watchForViolations } from './cspWatch'

/*
 * The Content-Security-Policy of the built app (scripts/csp.ts): `vite preview` sends it, index.html
 * carries it as a meta element, and the app boots under it on every route — the boot module
 * routePreload writes for each path and language included — with no violation, online and from
 * the service worker offline.
 */

const dist = join(process.cwd(), process.env.E2E_DIST ?? 'dist')
const staticPaths = readRoutes(readFileSync('src/modules/router.ts', 'utf8')).map((r) => r.path)
const otherPaths = ['/', '/library/lp-cs-complaint-reply', '/no/such/page']

test('vite preview sends the policy, and index.html carries it as a meta element', async ({
  request,
}) => {
  for (const path of ['/', '/library', '/assets/../sw.js']) {
    const response = await request.get(path)
    const header = response.headers()['content-security-policy']
    expect(header, path).toBeTruthy()
    const policy = directives(header!)
    expect(policy['default-src']).toEqual(["'self'"])
    expect(policy['script-src']![0]).toBe("'self'")
    // Only hashes beside 'self': no 'unsafe-inline', 'unsafe-eval', 'strict-dynamic' or hosts.
    expect(policy['script-src']!.slice(1).every((s) => /^'sha256-[\w+/=]+'$/.test(s))).toBe(true)
    expect(policy['script-src']!.length).toBeGreaterThan(3)
    expect(policy['style-src']!.slice(1).every((s) => /^'sha256-[\w+/=]+'$/.test(s))).toBe(true)
    expect(policy['connect-src']).toEqual(["'self'"])
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'self'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(policy['worker-src']).toEqual(["'self'"])
  }
  const header = (await request.get('/')).headers()['content-security-policy']!
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
  // The same policy, less frame-ancestors (which a meta policy cannot carry), before any script.
  expect(meta).toBe(header.replace(/; frame-ancestors 'none'/, ''))
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(header)
})

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test(`every route boots with no CSP violation (${locale}), first start and after onboarding`, async ({
    browser,
  }) => {
    test.setTimeout(240_000)
    const context = await browser.newContext({ locale: browserLocale })
    const watch = await watchForViolations(context)
    const page = await context.newPage()
    const visit = async (path: string) => {
      await page.goto(path)
      await expect(page.locator('h1').first()).toBeVisible()
      // The app's boot module ran (a blocked one would leave the fallback import to do its work).
      if (staticPaths.includes(path))
        expect(await page.evaluate(() => '__loftBoot' in window), path).toBe(true)
    }
    // A first start: the Learn page's boot module fetches onboarding.
    await visit('/learn')
    await expect(page).toHaveURL(/\/onboarding$/)
    expect(await watch.violations(page)).toEqual([])
    await page.evaluate(
      (locale) => localStorage.setItem('loft.boot', JSON.stringify({ locale, onboarded: true })),
      locale,
    )
    for (const path of [...staticPaths, ...otherPaths]) {
      await visit(path)
      expect(await watch.violations(page), path).toEqual([])
    }
    expect(watch.errors).toEqual([])
    await context.close()
  })
}

test('the service worker works under the policy, offline too', async ({ browser }) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ locale: 'nb-NO' })
  const watch = await watchForViolations(context)
  const page = await context.newPage()
  await page.goto('/library')
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  const response = await page.goto('/challenges')
  // Served by the service worker, with the policy it cached.
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(page.locator('h1').first()).toBeVisible()
  await page.goto('/library')
  await expect(page.locator('.library-list h2').first()).toBeVisible()
  expect(await watch.violations(page)).toEqual([])
  expect(watch.errors).toEqual([])
  await context.setOffline(false)
  await context.close()
})

test('an inline script without a listed hash does not run', async ({ browser }) => {
  const context = await browser.newContext()
  const watch = await watchForViolations(context)
  const page = await context.newPage()
  await page.goto('/library')
  await expect(page.locator('h1').first()).toBeVisible()
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__ran = 1'
    document.head.appendChild(script)
    const div = document.createElement('div')
    div.innerHTML = '<img src="x" onerror="window.__ran = 2">'
    document.body.appendChild(div)
  })
  // Reported once per policy (the header's and the meta element's).
  await expect
    .poll(async () => new Set((await watch.violations(page)).map((v) => v.split(' ')[0])))
    .toEqual(new Set(['script-src-elem', 'script-src-attr']))
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined()
  await context.close()
})
