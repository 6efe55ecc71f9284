import { expect, test, type Locator, type Page } from '@playwright/test'
import { screenshot, waitForAppDatabase } from './helpers'

/*
 * Nothing typed is ever lost (PRODUCT C1): a reload at any moment after a keystroke, two tabs on
 * the same draft, and a newer version of the database opened in another tab. Every text field that
 * keeps a draft goes through the same composable (src/composables/useDraft.ts).
 */

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const COLLEAGUE = '00000000-0000-4000-a000-000000000002'
const ATTEMPT = '20000000-0000-4000-a000-000000000001'
const RELOADS = 20

/** Rows as a sync would have stored them; `roles` makes this device's person an ambassador/admin. */
async function seed(page: Page, rows: Record<string, object[]>) {
  await waitForAppDatabase(page)
  await page.evaluate(async (all) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('loft')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = idb.transaction(Object.keys(all), 'readwrite')
    for (const [store, list] of Object.entries(all)) for (const row of list) tx.objectStore(store).put(row)
    await new Promise((resolve) => (tx.oncomplete = resolve))
    idb.close()
  }, rows)
}

/** e2e has no server: the person is signed in by setting the session store (again after a reload). */
async function signIn(page: Page) {
  await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
  await page.evaluate((me) => {
    type Pinia = { _s: Map<string, { userId: string | null }> }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } }).__vue_app__
    const session = app.config.globalProperties.$pinia._s.get('session')
    if (!session) throw new Error('no session store')
    session.userId = me
  }, ME)
}

const membership = (roles: string[]) => ({
  organisations: [{ id: ORG, name: 'Nordlys Rådgivning AS', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' }],
  memberships: [{ id: crypto.randomUUID(), user_id: ME, organisation_id: ORG, roles: ['member', ...roles], created_at: '2025-10-01T00:00:00.000Z' }],
})

/**
 * Types a few characters at the end of the field, reloads 0–50 ms after the last keystroke, and
 * checks that the field holds everything typed, RELOADS times over. Returns what was typed.
 */
async function typeThenReload(page: Page, field: () => Locator, afterReload: () => Promise<void> = async () => {}) {
  await expect(field()).toBeVisible()
  let expected = await field().inputValue()
  const delays: number[] = []
  for (let i = 0; i < RELOADS; i++) {
    await field().evaluate((el: HTMLInputElement | HTMLTextAreaElement) => {
      el.focus()
      el.setSelectionRange(el.value.length, el.value.length)
    })
    // Short enough for 20 of them to fit the shortest field (the profile name, 80 characters).
    const chunk = `${i % 10}æø`
    await page.keyboard.type(chunk)
    expected += chunk
    const delay = Math.floor(Math.random() * 51)
    delays.push(delay)
    await page.waitForTimeout(delay)
    await page.reload()
    await afterReload()
    await expect(field(), `after reload ${i + 1} (${delay} ms after the last key)`).toHaveValue(expected)
  }
  return { expected, delays }
}

test.describe('drafts survive a reload at any moment', () => {
  test.use({ locale: 'nb-NO' })

  test('challenge prompt and output', async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto('/challenges/ch-meeting-minutes')
    await page.getByRole('button', { name: 'Skriv prompten' }).click()
    const prompt = () => page.getByLabel('Prompten din')
    const typed = await typeThenReload(page, prompt)
    // The status line only says "saved" while saving works.
    await expect(page.getByText('Utkastet lagres på telefonen mens du skriver.')).toBeVisible()
    await screenshot(page, 'drafts-challenge-prompt')

    // On to the output step: the prompt is the one typed across the reloads.
    await seed(page, {
      challengeDrafts: [
        {
          challenge_id: 'ch-meeting-minutes',
          step: 'output',
          prompt: typed.expected,
          output: '',
          checklist: {},
          self_score: null,
          minutes_saved: null,
          started_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
          rev: 1000,
          tab: 'seed',
        },
      ],
    })
    await page.reload()
    await typeThenReload(page, () => page.getByLabel('Svaret fra KI'))
  })

  test('library share', async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto('/library/new')
    await typeThenReload(page, () => page.locator('#pf-body'))
  })

  test('profile name', async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto('/settings')
    await typeThenReload(page, () => page.getByLabel('Visningsnavn'))
  })

  test('review comment', async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto('/learn')
    await seed(page, {
      ...membership(['ambassador']),
      challenge_attempts: [
        {
          id: ATTEMPT,
          user_id: COLLEAGUE,
          organisation_id: ORG,
          challenge_id: 'ch-meeting-minutes',
          prompt: 'Du er referent. Lag et referat med beslutninger og oppgaver.',
          output: 'Referat – prosjektmøte uke 47',
          checklist: { facts_checked: 'yes', invented_sources: 'not_relevant', bias: 'not_relevant', confidentiality: 'yes', fit_for_purpose: 'yes' },
          self_score: 3,
          minutes_saved: 25,
          submitted_for_review: true,
          created_at: '2025-11-20T09:30:00.000Z',
        },
      ],
    })
    await page.goto(`/curate/attempt/${ATTEMPT}`)
    await signIn(page)
    await typeThenReload(page, () => page.getByLabel('Kommentar til kollegaen din'), () => signIn(page))
  })

  test('admin words', async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto('/learn')
    await seed(page, membership(['admin']))
    await page.goto('/admin')
    await signIn(page)
    await typeThenReload(page, () => page.getByLabel('Nytt ord eller navn'), () => signIn(page))
  })
})

test.describe('two tabs on the same draft', () => {
  test.use({ locale: 'nb-NO' })

  test("takes in the other tab's text, keeps both when both type, and lets the person choose", async ({ context }) => {
    const a = await context.newPage()
    const b = await context.newPage()
    await a.goto('/library/new')
    await b.goto('/library/new')
    const body = (page: Page) => page.locator('#pf-body')
    await expect(body(a)).toBeVisible()
    await expect(body(b)).toBeVisible()

    // One tab types: the other, with nothing of its own, follows.
    await body(a).fill('Oppsummer møtet i fem punkter.')
    await expect(body(b)).toHaveValue('Oppsummer møtet i fem punkter.')

    // Both type before either has saved: neither text is lost, both tabs say so.
    await body(a).pressSequentially(' Fra fane A.')
    await body(b).pressSequentially(' Fra fane B.')
    const conflict = (page: Page) => page.getByTestId('draft-conflict')
    await expect(conflict(a)).toBeVisible()
    await expect(conflict(b)).toBeVisible()
    await expect(body(a)).toHaveValue('Oppsummer møtet i fem punkter. Fra fane A.')
    await expect(body(b)).toHaveValue('Oppsummer møtet i fem punkter. Fra fane B.')
    await expect(conflict(a)).toContainText('Fra fane B.')
    await expect(conflict(b)).toContainText('Fra fane A.')
    await conflict(a).scrollIntoViewIfNeeded()
    await a.screenshot({ path: 'test-results/screenshots/drafts-conflict.png' })

    // A reload keeps both, too.
    await b.reload()
    await expect(conflict(b)).toContainText('Fra fane A.')
    await expect(body(b)).toHaveValue('Oppsummer møtet i fem punkter. Fra fane B.')

    // A keeps its own text; B follows and the warning goes away in both.
    await conflict(a).getByRole('button', { name: 'Behold min' }).click()
    await expect(conflict(a)).toBeHidden()
    await expect(conflict(b)).toBeHidden()
    await expect(body(b)).toHaveValue('Oppsummer møtet i fem punkter. Fra fane A.')
  })
})

test.describe('a newer version of the database in another tab', () => {
  test.use({ locale: 'nb-NO' })

  test('this tab says so, offers a reload and keeps what was typed', async ({ context }) => {
    const page = await context.newPage()
    await page.goto('/library/new')
    const body = page.locator('#pf-body')
    await body.fill('Skrevet før den nye versjonen.')
    await waitForAppDatabase(page)

    // Another tab opens the database at a higher version, as a newer Løft would.
    const other = await context.newPage()
    await other.goto('/robots.txt')
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const probe = indexedDB.open('loft')
          probe.onsuccess = () => {
            const next = probe.result.version + 10
            probe.result.close()
            const request = indexedDB.open('loft', next)
            request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture')
            request.onsuccess = () => {
              request.result.close()
              resolve()
            }
            request.onerror = () => reject(request.error)
          }
          probe.onerror = () => reject(probe.error)
        }),
    )

    const notice = page.getByTestId('other-tab-notice')
    await expect(notice).toContainText('En nyere Løft er åpen i en annen fane')
    await expect(notice.getByRole('button', { name: 'Last inn på nytt' })).toBeVisible()
    await screenshot(page, 'drafts-newer-version')

    // Typing goes on: the field keeps it, and the synchronous copy holds all of it.
    await body.pressSequentially(' Og etter.')
    await expect(body).toHaveValue('Skrevet før den nye versjonen. Og etter.')
    const copies = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('loft.draft:') && key.endsWith(':library-share'))
        .map((key) => JSON.parse(localStorage.getItem(key)!).value.body as string),
    )
    expect(copies).toContain('Skrevet før den nye versjonen. Og etter.')
  })
})
