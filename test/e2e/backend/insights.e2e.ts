import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { connectedAppUrl } from './env'

/*
 * HR insights (issue 17) in the demo company (the demo backend with Nordlys Industri AS and its
 * year): the HR lead's figures at 390×844 and 1280×800 in both languages, with suppressed
 * departments as "for få"; the privacy preview as a person of a 4-person department (the HR lead
 * herself is one: HR has 4 people), which says "too few people"; and the weekly pulse page.
 */

const labels = {
  nb: {
    browserLocale: 'nb-NO',
    heading: 'Innsikt',
    keyFigures: 'Nøkkeltall',
    fetched: /^Hentet /,
    share: 'Andel aktive',
    tooFew: 'for få',
    measured: 'målt',
    selfReported: 'selvrapportert',
    how: 'Slik telles dette',
    quarter: 'Kvartal',
    previewTitle: 'Hva HR ser om avdelingen min',
    tooFewPeople: 'For få personer til å vise',
    organisation: 'Hele organisasjonen',
    pulseTitle: 'Ukens puls',
    history: 'Svarene dine',
  },
  en: {
    browserLocale: 'en-GB',
    heading: 'Insights',
    keyFigures: 'Key figures',
    fetched: /^Fetched /,
    share: 'Share active',
    tooFew: 'too few',
    measured: 'measured',
    selfReported: 'self-reported',
    how: 'How this is counted',
    quarter: 'Quarter',
    previewTitle: 'What HR sees about my department',
    tooFewPeople: 'Too few people to show',
    organisation: 'The whole organisation',
    pulseTitle: 'Weekly pulse',
    history: 'Your answers',
  },
} as const

type Size = 'phone' | 'desktop'

async function open(browser: Browser, locale: keyof typeof labels, size: Size) {
  const context = await browser.newContext({
    baseURL: connectedAppUrl,
    locale: labels[locale].browserLocale,
    ...(size === 'phone'
      ? {
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 1,
          isMobile: true,
          hasTouch: true,
        }
      : { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }),
  })
  return { context, page: await context.newPage() }
}

async function signInAsHrLead(page: Page) {
  await page.goto('/sign-in')
  const personas = page.getByTestId('demo-personas')
  await expect(personas).toBeVisible()
  await personas.getByRole('button', { name: /Ingrid Hauge/ }).click()
  await page.waitForURL(/\/insights$/, { timeout: 45_000 })
}

test.describe('HR insights in the demo company', () => {
  test.setTimeout(180_000)

  for (const locale of ['nb', 'en'] as const) {
    for (const size of ['phone', 'desktop'] as const) {
      test(`the HR lead's figures (${locale}, ${size})`, async ({ browser }) => {
        const l = labels[locale]
        const { context, page } = await open(browser, locale, size)
        await signInAsHrLead(page)
        await expect(page.getByRole('heading', { level: 1, name: l.heading })).toBeVisible()
        await expect(page.getByRole('heading', { name: l.keyFigures })).toBeVisible({
          timeout: 60_000,
        })
        await expect(page.getByTestId('insights-status')).toHaveText(l.fetched, { timeout: 60_000 })
        await expect(page.getByText(l.share).first()).toBeVisible()
        // Each figure says where it comes from, in words.
        await expect(page.locator('.source-chip', { hasText: l.measured }).first()).toBeVisible()
        await expect(
          page.locator('.source-chip', { hasText: l.selfReported }).first(),
        ).toBeVisible()
        // HR (4 people) and IT (3) are left out by the server: the table says so, with no numbers.
        const departments = page.locator('table').first()
        for (const name of ['HR', 'IT']) {
          const row = departments.getByRole('row', { name: new RegExp(`^${name}\\b`) })
          await expect(row).toContainText(l.tooFew)
          await expect(row).not.toContainText(/\d/)
        }
        await expectNoAxeViolations(page)
        await screenshot(page, `insights-${locale}-${size}`)

        // Another period is fetched and shown.
        await page.getByRole('radio', { name: l.quarter }).check()
        await expect(page.getByTestId('insights-status')).toHaveText(l.fetched, { timeout: 60_000 })

        // "How this is counted": a sheet that names the minimum group, closed with Escape.
        await page.getByRole('button', { name: l.how }).click()
        const sheet = page.getByTestId('how-sheet')
        await expect(sheet).toBeVisible()
        await expect(sheet).toContainText('5')
        await expectNoAxeViolations(page)
        if (size === 'phone') await screenshot(page, `insights-${locale}-how`)
        await page.keyboard.press('Escape')
        await expect(sheet).toBeHidden()
        await context.close()
      })
    }

    test(`the privacy preview of a 4-person department says "too few people" (${locale})`, async ({
      browser,
    }) => {
      const l = labels[locale]
      const { context, page } = await open(browser, locale, 'phone')
      await signInAsHrLead(page)
      await page.goto('/me/privacy-preview')
      await expect(page.getByRole('heading', { level: 1, name: l.previewTitle })).toBeVisible()
      const department = page.getByTestId('preview-department')
      await expect(department).toContainText(l.tooFewPeople, { timeout: 60_000 })
      await expect(department).toContainText('HR')
      await expect(department).not.toContainText(/\d/)
      await expect(page.getByTestId('preview-organisation')).toContainText(l.organisation)
      await expect(page.getByTestId('preview-rule')).toContainText('5')
      await expectNoAxeViolations(page)
      await screenshot(page, `privacy-preview-${locale}`)

      // The weekly pulse page, reached from Me, links back to the preview.
      await page.goto('/me/pulse')
      await expect(page.getByRole('heading', { level: 1, name: l.pulseTitle })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: l.history })).toBeVisible({
        timeout: 20_000,
      })
      await expectNoAxeViolations(page)
      await screenshot(page, `pulse-${locale}`)
      await context.close()
    })
  }

  // A signed-in HR lead's reload: the pre-rendered page cannot know who is signed in, so RoleGate
  // shows its neutral status until the session is restored; "only for HR" must never flash first
  // (it did, and the figures replacing it shifted the page: CLS 0.21 in Lighthouse).
  for (const locale of ['nb', 'en'] as const) {
    test(`a reload of /insights goes from "checking your access" to the figures, never through "only for HR" (${locale})`, async ({
      browser,
    }) => {
      const l = labels[locale]
      const gateTitle = locale === 'nb' ? 'Denne delen er for HR' : 'This section is for HR'
      const { context, page } = await open(browser, locale, 'phone')
      await signInAsHrLead(page)
      await expect(page.getByRole('heading', { name: l.keyFigures })).toBeVisible({
        timeout: 60_000,
      })

      await page.addInitScript((title) => {
        const seen = { gate: false, checking: false, shift: 0, shifts: [] as string[] }
        ;(window as unknown as { __seen: typeof seen }).__seen = seen
        new MutationObserver(() => {
          const text = document.getElementById('app')?.textContent ?? ''
          if (text.includes(title)) seen.gate = true
          if (document.querySelector('#app [role="status"]')) seen.checking = true
        }).observe(document, { childList: true, subtree: true, characterData: true })
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number
            hadRecentInput: boolean
          }[])
            if (!entry.hadRecentInput) {
              seen.shift += entry.value
              const sources = (entry as unknown as { sources: { node?: Node }[] }).sources
              seen.shifts.push(
                `${entry.value.toFixed(4)} ${sources.map((s) => (s.node as Element | undefined)?.className ?? '?').join(', ')}`,
              )
            }
        }).observe({ type: 'layout-shift', buffered: true })
      }, gateTitle)
      // A slow phone's CPU (as Lighthouse's mobile run): the order in which the stored figures, the
      // session and a first failed fetch arrive is what shifted the page, and only showed there.
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.reload()
      await expect(page.getByRole('heading', { name: l.keyFigures })).toBeVisible({
        timeout: 60_000,
      })
      await page.waitForTimeout(3000)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      const seen = await page.evaluate(
        () =>
          (
            window as unknown as {
              __seen: { gate: boolean; checking: boolean; shift: number; shifts: string[] }
            }
          ).__seen,
      )
      expect(seen.checking).toBe(true)
      expect(seen.gate).toBe(false)
      expect(seen.shift, seen.shifts.join('\n')).toBeLessThanOrEqual(0.02)
      await context.close()
    })
  }
})
