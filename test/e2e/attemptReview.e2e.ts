import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot, waitForAppDatabase } from './helpers'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const COLLEAGUE = '00000000-0000-4000-a000-000000000002'

const text = {
  nb: {
    tab: 'Utfordringer',
    challenge: 'Referat fra et internt møte',
    send: 'Send vurderingen',
    missing: 'Vurderingen er ikke sendt ennå',
    reviewHeading: 'Vurdering fra en KI-ambassadør',
    status: 'Status: Vurdert',
    levels: ['3', '2', '4', '3', '3'],
  },
  en: {
    tab: 'Challenges',
    challenge: 'Minutes of an internal meeting',
    send: 'Send the review',
    missing: 'The review has not been sent yet',
    reviewHeading: 'Review from an AI ambassador',
    status: 'Status: Reviewed',
    levels: ['3', '2', '4', '3', '3'],
  },
} as const

const attempt = (id: string, userId: string) => ({
  id,
  user_id: userId,
  organisation_id: ORG,
  challenge_id: 'ch-meeting-minutes',
  prompt: 'Du er referent i et prosjektteam. Lag et referat av notatene under, med beslutninger, oppgaver (hvem, hva, frist) og åpne spørsmål. Maks én side.',
  output: 'Referat – prosjektmøte uke 47\n\nBeslutninger:\n1. Leveransen flyttes til 12. desember.\n\nOppgaver:\n- Kari: oppdatere framdriftsplanen innen fredag.',
  checklist: { facts_checked: 'yes', invented_sources: 'not_relevant', bias: 'not_relevant', confidentiality: 'yes', fit_for_purpose: 'yes' },
  self_score: 3,
  minutes_saved: 25,
  submitted_for_review: true,
  created_at: '2025-11-20T09:30:00.000Z',
})

/**
 * Writes rows into IndexedDB as a sync would, and signs this device's person in (the session
 * store), since e2e has no server. The person is an ambassador of the organisation.
 */
async function seed(page: Page, rows: Record<string, object[]>) {
  await waitForAppDatabase(page)
  await page.evaluate(
    async ({ rows, org, me }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('loft')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const all = {
        organisations: [{ id: org, name: 'Nordlys Rådgivning AS', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' }],
        memberships: [{ id: crypto.randomUUID(), user_id: me, organisation_id: org, roles: ['member', 'ambassador'], created_at: '2025-10-01T00:00:00.000Z' }],
        ...rows,
      }
      const tx = idb.transaction(Object.keys(all), 'readwrite')
      for (const [store, list] of Object.entries(all)) for (const row of list) tx.objectStore(store).put(row)
      await new Promise((resolve) => (tx.oncomplete = resolve))
      idb.close()
      type Pinia = { _s: Map<string, { userId: string | null }> }
      const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } }).__vue_app__
      const session = app.config.globalProperties.$pinia._s.get('session')
      if (!session) throw new Error('no session store')
      session.userId = me
    },
    { rows, org: ORG, me: ME },
  )
}

/** Client-side navigation (a reload would sign the e2e person out again). */
async function navigate(page: Page, path: string) {
  await page.evaluate(async (to) => {
    type Router = { push: (to: string) => Promise<unknown> }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: Router } } } }).__vue_app__
    await app.config.globalProperties.$router.push(to)
  }, path)
}

for (const [locale, browserLocale] of [
  ['nb', 'nb-NO'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`attempt review in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('an ambassador reviews a colleague’s attempt offline; the learner sees the review', async ({ page, context }) => {
      const s = text[locale]
      const theirs = crypto.randomUUID()
      const mine = crypto.randomUUID()
      await page.goto('/learn')
      // The app mounts once its messages are loaded.
      await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
      await seed(page, {
        challenge_attempts: [attempt(theirs, COLLEAGUE), attempt(mine, ME)],
        attempt_reviews: [
          {
            id: crypto.randomUUID(),
            attempt_id: mine,
            organisation_id: ORG,
            reviewer_id: COLLEAGUE,
            learner_id: ME,
            rubric: { prompt_quality: 4, critical_evaluation: 3, data_safety: 4, usefulness: 3 },
            score: 3,
            comment: 'Tydelig rolle og format. Be KI markere det den er usikker på, så går kontrollen raskere.',
            created_at: '2025-11-22T13:00:00.000Z',
          },
        ],
      })

      await navigate(page, '/curate')
      await page.getByRole('tab', { name: s.tab }).click()
      await expect(page.getByRole('link', { name: s.challenge })).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `attemptReview-${locale}-queue`)

      await page.getByRole('link', { name: s.challenge }).click()
      await expect(page.getByRole('button', { name: s.send })).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `attemptReview-${locale}-form`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

      await context.setOffline(true)
      await page.getByRole('button', { name: s.send }).click()
      await expect(page.getByText(s.missing)).toBeVisible()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: `test-results/screenshots/attemptReview-${locale}-errors.png` })

      const groups = page.locator('fieldset')
      for (const [i, level] of s.levels.entries()) {
        await groups.nth(i).locator(`input[value="${level}"]`).check()
      }
      await page.getByRole('textbox').fill('Godt avgrenset. Sjekk datoene mot notatene før du sender.')
      await page.getByRole('button', { name: s.send }).click()
      await expect(page.getByRole('heading', { name: s.reviewHeading })).toBeFocused()
      await expectNoAxeViolations(page)
      await screenshot(page, `attemptReview-${locale}-sent`)
      await context.setOffline(false)

      await navigate(page, `/challenges/attempt/${mine}`)
      await expect(page.getByText(s.status)).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, `attemptReview-${locale}-learner`)
    })
  })
}
