import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { desktop, phone, signInAsPersona, visitInApp } from './persona'

/*
 * The mapping survey (issue 18 H2) in the demo company. An employee (Emma Berg) finds the open
 * round's invitation on Learn, answers it on a phone screen by screen (a text over its limit is
 * cut and said so), sends it offline and sees it kept; the invitation is gone. The HR lead (Ingrid
 * Hauge) at desktop width reads a closed round's results: shown departments, the small ones left
 * out, free text as themes, in nb and en.
 */

const LIVE = { timeout: 45_000 }

test.describe('the mapping survey in the demo company', () => {
  test.setTimeout(400_000)

  test('an employee answers the open round on a phone, the last step offline (nb)', async ({
    browser,
  }) => {
    const { context, page } = await signInAsPersona(browser, 'nb', phone, 'Emma Berg')
    await visitInApp(page, '/learn')
    const invite = page.getByTestId('survey-invite')
    await expect(invite).toBeVisible(LIVE)
    await expect(invite).toContainText('rundt fem minutter')
    await screenshot(page, 'survey-invite-nb-phone')
    await invite.getByRole('link', { name: 'Svar nå' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Verktøy og oppgaver' })).toBeVisible(
      LIVE,
    )
    await expect(page.getByText('Side 1 av 7')).toBeVisible()
    await page.getByRole('checkbox', { name: 'ChatGPT' }).check()
    await page.getByRole('checkbox', { name: 'Oppsummere' }).check()
    await expectNoAxeViolations(page)
    await screenshot(page, 'survey-form-tools-nb-phone')
    await page.getByRole('button', { name: 'Neste' }).click()
    // Skills: the competence model's basic level, the scale explained.
    await expect(page.getByRole('heading', { level: 2, name: 'Hva du kan i dag' })).toBeFocused()
    await page.locator('input[name="assess-ai-basics"][value="2"]').check()
    await expectNoAxeViolations(page)
    await screenshot(page, 'survey-form-skills-nb-phone')
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Neste' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Tidstyver' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Møter' }).check()
    // A text longer than its limit is cut at 500 characters (the server refuses more too).
    const words = page.getByLabel('Med dine egne ord (valgfritt)')
    await words.fill('Møter '.repeat(120))
    expect((await words.inputValue()).length).toBe(500)
    await expect(page.getByText(/500 av 500|500 \/ 500/)).toBeVisible()
    await page.getByRole('button', { name: 'Neste' }).click()
    await page.getByRole('button', { name: 'Neste' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Hindringer' })).toBeVisible()
    const consent = page.getByRole('checkbox', { name: 'HR kan sitere fritekstene mine anonymt' })
    await expect(consent).not.toBeChecked()
    await page.getByRole('checkbox', { name: 'Har ikke tid' }).check()
    await expectNoAxeViolations(page)
    await screenshot(page, 'survey-form-barriers-nb-phone')

    // Sent offline: kept on the phone (Dexie + outbox) and sent once the network is back.
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Send svaret' }).click()
    const saved = page.getByTestId('survey-saved')
    await expect(saved).toBeVisible()
    await expect(saved).toContainText('sendes når du er på nett igjen')
    await screenshot(page, 'survey-saved-offline-nb-phone')
    await context.setOffline(false)
    await visitInApp(page, '/learn')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForTimeout(1500)
    await expect(page.getByTestId('survey-invite')).toHaveCount(0)
    // One quiet line instead, with the way back to change the answer while the round is open.
    const answered = page.getByTestId('survey-answered')
    await expect(answered).toBeVisible(LIVE)
    await answered.getByRole('link', { name: 'Endre svaret' }).click()
    await expect(page.getByRole('checkbox', { name: 'ChatGPT' })).toBeChecked(LIVE)
    await expect(page.getByRole('checkbox', { name: 'Oppsummere' })).toBeChecked()
    await context.close()
  })

  test('the form in English on a phone: the skills screen, from Learn', async ({ browser }) => {
    const { context, page } = await signInAsPersona(browser, 'en', phone, 'Jonas Lie')
    await visitInApp(page, '/learn')
    // Jonas may or may not have answered the open round in the demo: either way Learn leads to it.
    const way = page
      .getByTestId('survey-invite')
      .getByRole('link', { name: 'Answer now' })
      .or(page.getByTestId('survey-answered').getByRole('link', { name: 'Change my answer' }))
    await way.click(LIVE)
    await expect(page.getByText('Page 1 of 7')).toBeVisible(LIVE)
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(
      page.getByRole('heading', { level: 2, name: 'What you can do today' }),
    ).toBeFocused()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectNoAxeViolations(page)
    await screenshot(page, 'survey-form-skills-en-phone')
    await context.close()
  })

  test('HR reads a closed round at desktop width: shown and left-out departments (nb, en)', async ({
    browser,
  }) => {
    for (const lang of ['nb', 'en'] as const) {
      const { context, page } = await signInAsPersona(browser, lang, desktop, 'Ingrid Hauge')
      await visitInApp(page, '/insights/survey')
      const rounds = page.getByRole('group', {
        name: lang === 'nb' ? 'Vis resultatene for' : 'Show results for',
      })
      await expect(rounds).toBeVisible(LIVE)
      await rounds.getByRole('radio', { name: /uke 1–2/ }).check()
      const results = page.getByTestId('survey-results')
      await expect(results).toContainText(lang === 'nb' ? 'har svart' : 'have answered', LIVE)
      const groups = page.getByLabel(lang === 'nb' ? 'Gruppe' : 'Group')
      const options = await groups.locator('option').allTextContents()
      // Kundeservice, Produksjon and Salg are shown; HR (4) and IT (3) never are.
      expect(options.some((o) => o.includes('Kundeservice'))).toBe(true)
      expect(options.some((o) => o.includes('Produksjon'))).toBe(true)
      expect(options.some((o) => /: (IT|HR) \(/.test(o))).toBe(false)
      await expect(results).toContainText(
        lang === 'nb'
          ? 'Grupper med færre enn 5 svar vises ikke'
          : 'Groups with fewer than 5 answers are not shown',
      )
      await expect(results.getByRole('table')).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `survey-results-${lang}-desktop`)
      const kundeservice = options.find((o) => o.includes('Kundeservice'))!
      await groups.selectOption({ label: kundeservice })
      await expect(
        results.getByRole('heading', {
          name: lang === 'nb' ? 'Sitater (med samtykke)' : 'Quotes (with consent)',
        }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `survey-results-department-${lang}-desktop`)
      if (lang === 'nb') {
        // The quarterly report: the latest closed round and what changed since the one before.
        await visitInApp(page, '/insights/report')
        await page.getByRole('radio', { name: 'Kvartal' }).check()
        const section = page.getByTestId('report-survey')
        await expect(section.getByRole('heading', { name: 'Kartleggingen' })).toBeVisible(LIVE)
        await expect(section.getByRole('columnheader', { name: 'Endring' }).first()).toBeVisible(
          LIVE,
        )
        await expect(section).toContainText('Kartlegging etter et halvår')
        await expectNoAxeViolations(page)
        await screenshot(page, 'survey-report-quarterly-nb-desktop')
      }
      await context.close()
    }
  })
})
