import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot, waitForServiceWorkerControl, waitForAppDatabase } from './helpers'
import { makeFodselsnummer } from '../helpers/fnr'

const labels = {
  nb: {
    challenge: 'Referat fra et internt møte',
    toPrompt: 'Skriv prompten',
    promptLabel: 'Prompten din',
    toCopy: 'Gå til kopiering',
    copy: 'Kopier prompten',
    blocked: 'Prompten ble ikke kopiert',
    fix: 'Bytt ut med [FØDSELSNUMMER]',
    placeholder: '[FØDSELSNUMMER]',
    copied: 'Kopiert.',
    toOutput: 'Jeg har fått et svar',
    outputLabel: 'Svaret fra KI',
    toCheck: 'Vurder svaret',
    yes: 'Ja',
    toScore: 'Gå til score',
    score: '3 – Brukbart med små endringer',
    minutes: 'Omtrent hvor mange minutter sparte du?',
    finish: 'Lagre forsøket',
    done: 'Forsøket er lagret',
    submit: 'Send til vurdering',
    who: 'KI-ambassadørene i organisasjonen din',
    submitted: 'Sendt til vurdering',
    statusSubmitted: 'Sendt til vurdering',
    flaw: 'Svar om angrerett',
    checkFlaw: 'Sjekk svaret mitt',
  },
  en: {
    challenge: 'Minutes of an internal meeting',
    toPrompt: 'Write the prompt',
    promptLabel: 'Your prompt',
    toCopy: 'Go to copying',
    copy: 'Copy the prompt',
    blocked: 'The prompt was not copied',
    fix: 'Replace with [NATIONAL ID]',
    placeholder: '[NATIONAL ID]',
    copied: 'Copied.',
    toOutput: 'I have an answer',
    outputLabel: "The AI's answer",
    toCheck: 'Check the answer',
    yes: 'Yes',
    toScore: 'Go to scoring',
    score: '3 – Usable with small changes',
    minutes: 'About how many minutes did you save?',
    finish: 'Save the attempt',
    done: 'Your attempt is saved',
    submit: 'Submit for review',
    who: 'the AI ambassadors in your organisation',
    submitted: 'Submitted for review',
    statusSubmitted: 'Submitted for review',
    flaw: 'A reply about the right of withdrawal',
    checkFlaw: 'Check my answer',
  },
} as const

/** The learner is a member of an organisation (as a pull from the server would have stored it). */
async function storeMembership(page: Page) {
  await waitForAppDatabase(page)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loft')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('memberships', 'readwrite')
          tx.objectStore('memberships').put({
            id: crypto.randomUUID(),
            user_id: crypto.randomUUID(),
            organisation_id: crypto.randomUUID(),
            roles: ['member'],
            created_at: new Date().toISOString(),
          })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`challenges in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('offline: guard stops a fødselsnummer, one-tap fix, checklist, finish, submit; reload keeps it', async ({
      page,
      context,
    }) => {
      // Nine axe runs on a slow shared machine: give the whole flow room.
      test.setTimeout(300_000)
      const l = labels[locale]
      const step = async (name: string) => {
        await expectNoAxeViolations(page)
        await screenshot(page, `${locale}-challenge-${name}`)
      }
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto('/challenges')
      await waitForServiceWorkerControl(page)
      await storeMembership(page)
      await context.setOffline(true)

      await page.goto('/challenges')
      await expect(page.getByRole('link', { name: new RegExp(l.challenge) })).toBeVisible()
      await step('list')
      await page.getByRole('link', { name: new RegExp(l.challenge) }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.challenge)
      await step('1-task')

      await page.getByRole('button', { name: l.toPrompt }).click()
      const fnr = makeFodselsnummer(24, 12, 1988)
      const prompt = `Du er referent. Skriv et kort referat som punktliste til teamet. Ansvarlig: Kari, ${fnr}.`
      await page.getByLabel(l.promptLabel).fill(prompt)
      await expect(page.locator('mark[data-kind="national-id"]')).toContainText(fnr)
      await step('2-prompt')

      await page.getByRole('button', { name: l.toCopy }).click()
      await page.getByRole('button', { name: l.copy }).click()
      await expect(page.getByRole('alert').filter({ hasText: l.blocked })).toBeVisible()
      await step('3-copy-blocked')
      await page.getByRole('button', { name: l.fix }).click()
      await page.getByRole('button', { name: l.copy }).click()
      await expect(page.getByText(l.copied)).toBeVisible()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        prompt.replace(fnr, l.placeholder),
      )
      await step('3-copy-done')

      await page.getByRole('button', { name: l.toOutput }).click()
      await page
        .getByLabel(l.outputLabel)
        .fill('Referat\n- Vi bytter leverandør av kaffe.\n- Neste møte 4. juni.')
      await step('4-output')
      await page.getByRole('button', { name: l.toCheck }).click()
      for (const radio of await page.getByRole('radio', { name: l.yes, exact: true }).all())
        await radio.check()
      await step('5-check')
      await page.getByRole('button', { name: l.toScore }).click()
      await page.getByRole('radio', { name: l.score }).check()
      await page.getByLabel(l.minutes).fill('20')
      await step('6-score')

      // Nothing typed is lost on reload mid-flow.
      await page.reload()
      await expect(page.getByLabel(l.minutes)).toHaveValue('20')
      await page.getByRole('button', { name: l.finish }).click()

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.done)
      await expect(page.getByText(l.who)).toBeVisible()
      await page.getByRole('button', { name: l.submit }).click()
      await expect(page.getByTestId('review-submitted')).toContainText(l.submitted)
      await step('7-done')

      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.done)
      await expect(page.getByTestId('review-submitted')).toBeVisible()
      await page.goto('/challenges')
      await expect(page.locator('.attempts').getByText(l.statusSubmitted)).toBeVisible()
    })

    test('spot the flaw offline, with axe', async ({ page, context }) => {
      test.setTimeout(180_000)
      const l = labels[locale]
      await page.goto('/challenges')
      await waitForServiceWorkerControl(page)
      await context.setOffline(true)
      await page.getByRole('link', { name: new RegExp(l.flaw) }).click()
      const sentences = page.locator('button[aria-pressed]')
      await expect(sentences.first()).toBeVisible()
      await sentences.nth(3).click()
      await expect(sentences.nth(3)).toHaveAttribute('aria-pressed', 'true')
      await expectNoAxeViolations(page)
      await screenshot(page, `${locale}-flaw-marking`)
      await page.getByRole('button', { name: l.checkFlaw }).click()
      await expect(page.getByTestId('flaw-score')).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `${locale}-flaw-result`)
    })
  })
}
