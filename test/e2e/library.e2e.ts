import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, screenshot, waitForServiceWorkerControl } from './helpers'

const text = {
  nb: {
    search: 'Søk i biblioteket',
    query: 'klage',
    title: 'Svar på en klage',
    complaintField: 'Klagen, uten navn, adresse og ordrenummer',
    offerField: 'Hva vi kan tilby',
    complaint: 'Varen kom i stykker, og kunden ventet to uker på svar.',
    offer: 'ny vare og gratis frakt',
    copy: 'Kopier prompten',
    copied: 'Kopiert. Lim den inn i et godkjent verktøy.',
    record: 'Jeg brukte denne – sparte meg 30 min',
    recorded: 'Notert: 30 minutter spart.',
    totals: 'Du har brukt denne én gang og spart 30 minutter.',
    newTitle: 'Del en prompt',
  },
  en: {
    search: 'Search the library',
    query: 'complaint',
    title: 'Reply to a complaint',
    complaintField: 'The complaint, without name, address and order number',
    offerField: 'What we can offer',
    complaint: 'The item arrived broken, and the customer waited two weeks for a reply.',
    offer: 'a new item and free shipping',
    copy: 'Copy the prompt',
    copied: 'Copied. Paste it into an approved tool.',
    record: 'I used this – it saved me 30 min',
    recorded: 'Noted: 30 minutes saved.',
    totals: 'You have used this once and saved 30 minutes.',
    newTitle: 'Share a prompt',
  },
} as const

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`library in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('offline: search, open, fill, copy, record a use; the use survives a reload', async ({
      page,
      context,
    }) => {
      // Many steps, each with axe: give a busy machine time.
      test.setTimeout(240_000)
      const s = text[locale]
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto('/library')
      await waitForServiceWorkerControl(page)
      await context.setOffline(true)

      await page.goto('/library')
      await expect(page.locator('.library-list h2').first()).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `library-${locale}-list`)

      await page.getByLabel(s.search).fill(s.query)
      await expect(page.locator('.library-list h2').first()).toHaveText(s.title)
      // The filters open as a sheet whose primary button shows the results (issue 20 item 7).
      await page.getByRole('button', { name: locale === 'nb' ? 'Filtrer' : 'Filter' }).click()
      const sheet = page.getByRole('dialog', { name: locale === 'nb' ? 'Filtrer promptene' : 'Filter the prompts' })
      await expect(sheet).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `library-${locale}-filters`)
      await sheet.getByRole('button', { name: locale === 'nb' ? /^Vis (1 prompt|\d+ prompter)$/ : /^Show (1 prompt|\d+ prompts)$/ }).click()
      await expect(sheet).toBeHidden()
      await expect(page.getByRole('button', { name: locale === 'nb' ? 'Filtrer' : 'Filter' })).toBeFocused()
      await screenshot(page, `library-${locale}-search`)

      await page.getByRole('link', { name: s.title }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title)
      await page.getByLabel(s.complaintField).fill(s.complaint)
      await page.getByLabel(s.offerField).fill(s.offer)
      await expect(page.getByTestId('prompt-text')).toContainText(s.offer)
      await page.getByRole('button', { name: s.copy }).click()
      await expect(page.getByText(s.copied)).toBeVisible()
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(copied).toContain(s.complaint)
      expect(copied).not.toContain('{{')

      await page.getByRole('button', { name: '30 min', exact: true }).click()
      await page.getByRole('button', { name: s.record }).click()
      await expect(page.getByText(s.recorded)).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `library-${locale}-detail`)

      await page.reload()
      await expect(page.getByTestId('use-totals')).toHaveText(s.totals)

      await page.goto('/library/new')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.newTitle)
      await expectNoAxeViolations(page)
      await screenshot(page, `library-${locale}-new`)
      await context.setOffline(false)
    })

    test('copying is blocked while a fødselsnummer is in a field', async ({ page, context }) => {
      const s = text[locale]
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto('/library/lp-cs-complaint-reply')
      // 15.03.85, individual number 123, control digits 6 and 3.
      await page.getByLabel(s.complaintField).fill('Kunden 15038512363 fikk feil vare.')
      await page.getByRole('button', { name: s.copy }).click()
      await expect(page.getByRole('alert').first()).toBeVisible()
      await expect(page.getByText(s.copied)).toHaveCount(0)
      await expectNoAxeViolations(page)
      await screenshot(page, `library-${locale}-blocked`)
    })
  })
}
