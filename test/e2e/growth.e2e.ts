import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot, waitForAppDatabase } from './helpers'

/**
 * Seeds rows straight into the app's IndexedDB ('loft', created by the app's Dexie schema on the
 * first visit) with the raw IndexedDB API: the same object stores and fields as src/data/db.ts.
 */
async function seed(page: Page, rows: Record<string, Record<string, unknown>[]>) {
  await waitForAppDatabase(page)
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('loft')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite')
      for (const [table, list] of Object.entries(rows)) {
        const store = tx.objectStore(table)
        for (const row of list) store.put(row)
      }
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, rows)
}

/** Opens the app once so that Dexie creates the database with the current schema. */
async function openApp(page: Page, path = '/me') {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

const day = 86_400_000

function completed(lessonId: string, at: Date) {
  return {
    id: crypto.randomUUID(),
    lesson_id: lessonId,
    kind: 'completed',
    occurred_at: at.toISOString(),
  }
}

/** A year of daily learning, 10 rows a day: 6 progress events, 3 quiz answers, 1 challenge. */
function yearOfActivity(now: number) {
  const progress_events: Record<string, unknown>[] = []
  const quiz_answers: Record<string, unknown>[] = []
  const challenge_attempts: Record<string, unknown>[] = []
  const lessons = ['data-rules', 'what-ai-is', 'tools-of-your-trade', 'first-good-prompt']
  for (let i = 0; i < 365; i++) {
    const base = now - i * day
    const lesson = lessons[i % lessons.length]!
    for (let c = 0; c < 5; c++) {
      progress_events.push({
        id: `pe-${i}-${c}`,
        lesson_id: lesson,
        kind: 'card_viewed',
        card_index: c,
        occurred_at: new Date(base - c * 60_000).toISOString(),
      })
    }
    progress_events.push({
      id: `pe-${i}-done`,
      lesson_id: lesson,
      kind: i % 7 === 3 ? 'flaw_done' : 'completed',
      occurred_at: new Date(base - 10 * 60_000).toISOString(),
      data:
        i % 7 === 3 ? { flaw_id: 'fl-green-cleaning', hits: 2, misses: 1, false_alarms: 0 } : {},
    })
    for (let q = 0; q < 3; q++) {
      quiz_answers.push({
        id: `qa-${i}-${q}`,
        lesson_id: lesson,
        question_id: `${lesson}.q${q + 1}`,
        choice_id: 'a',
        correct: (i + q) % 3 !== 0,
        answered_at: new Date(base - 20 * 60_000).toISOString(),
      })
    }
    challenge_attempts.push({
      id: `ca-${i}`,
      challenge_id: 'ch-meeting-minutes',
      prompt: 'Lag et referat',
      output: '…',
      checklist: {},
      self_score: 1 + (i % 4),
      minutes_saved: 10 + (i % 20),
      submitted_for_review: false,
      created_at: new Date(base - 30 * 60_000).toISOString(),
    })
  }
  return { progress_events, quiz_answers, challenge_attempts }
}

test.describe('growth, my data and the AI-literacy record', () => {
  test.use({ locale: 'nb-NO' })

  test('a finished lesson shows in the weekly table, the export and the literacy record', async ({
    page,
  }) => {
    await openApp(page)
    await expect(page.getByText('Utviklingen din vises her')).toBeVisible()
    const finishedAt = new Date(Date.now() - 60 * 60_000)
    await seed(page, {
      progress_events: [completed('data-rules', finishedAt)],
      profiles: [
        {
          id: 'p1',
          display_name: 'Kari Nordmann',
          language: 'nb',
          updated_at: finishedAt.toISOString(),
        },
      ],
    })
    await page.reload()

    const weekly = page.getByRole('figure').filter({ hasText: 'Leksjoner og oppgaver per uke' })
    await weekly.getByText('Vis som tabell').click()
    const lastRow = weekly.locator('tbody tr').last()
    await expect(lastRow.locator('td').first()).toHaveText('1')

    await page.goto('/me/data')
    const downloadPromise = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Last ned dataene mine' }).click()
    const download = await downloadPromise
    expect(download.suggestedFilename()).toMatch(/^loft-mine-data-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(exported.tables.progress_events).toEqual([
      expect.objectContaining({ lesson_id: 'data-rules', kind: 'completed' }),
    ])
    expect(exported.tables.profiles[0].display_name).toBe('Kari Nordmann')

    await page.goto('/me/literacy')
    const row = page.getByRole('row').filter({ hasText: 'Dataregler: hva kan du dele med KI?' })
    const expected = new Intl.DateTimeFormat('nb', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(finishedAt)
    await expect(row.locator('time')).toHaveText(expected)
    await expect(page.getByRole('button', { name: 'Skriv ut eller lagre som PDF' })).toBeVisible()
  })

  test('a year of daily activity renders without a long task over 200 ms', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: [number, number][] }
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration])
      }).observe({ type: 'longtask', buffered: true })
    })
    await openApp(page)
    const rows = yearOfActivity(Date.now() - 60 * 60_000)
    await seed(page, rows)
    const seeded = Object.values(rows).reduce((n, list) => n + list.length, 0)

    // Start the app on another page, then open Me from the bottom navigation: the figure is the
    // growth page's own rendering (reading the rows, the charts, the calendar), not the app's boot.
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForTimeout(500)
    const start = await page.evaluate(() => performance.now())
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Meg' })
      .click()
    await expect(page.getByRole('figure')).toHaveCount(3)
    await expect(page.locator('.streak__year .cell--learned').first()).toBeVisible()
    // Twelve whole months: up to 365 learned days, fewer when this month has just begun.
    expect(await page.locator('.streak__year .cell--learned').count()).toBeGreaterThan(330)
    await expect(page.locator('figure canvas')).toHaveCount(3)
    await page.waitForTimeout(1000)
    const longTasks = await page.evaluate(
      (start) =>
        (window as unknown as { __longTasks: [number, number][] }).__longTasks
          .filter(([at]) => at >= start)
          .map(([, duration]) => duration),
      start,
    )
    const longest = Math.max(0, ...longTasks)
    console.log(
      `growth page with ${seeded} seeded rows: ${longTasks.length} long task(s), longest ${Math.round(longest)} ms`,
    )
    expect(longest).toBeLessThan(200)
  })

  for (const [locale, browserLocale] of [
    ['nb', 'nb-NO'],
    ['en', 'en-GB'],
  ] as const) {
    test.describe(`${locale}`, () => {
      test.use({ locale: browserLocale })

      test('axe finds nothing on /me, /me/data and /me/literacy; screenshots', async ({ page }) => {
        test.setTimeout(180_000)
        await openApp(page)
        await expectNoAxeViolations(page)
        await screenshot(page, `growth-${locale}-me-empty`)
        const rows = yearOfActivity(Date.now() - 60 * 60_000)
        await seed(page, {
          ...rows,
          self_assessments: [
            {
              id: 's1',
              competency_id: 'data-compliance',
              level: 2,
              assessed_at: new Date().toISOString(),
            },
            {
              id: 's2',
              competency_id: 'ai-basics',
              level: 3,
              assessed_at: new Date().toISOString(),
            },
            {
              id: 's3',
              competency_id: 'simple-prompts',
              level: 2,
              assessed_at: new Date().toISOString(),
            },
          ],
        })
        for (const path of ['/me', '/me/data', '/me/literacy']) {
          await page.goto(path)
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          if (path === '/me') await expect(page.locator('figure canvas')).toHaveCount(3)
          if (path === '/me/literacy') await expect(page.locator('tbody tr').first()).toBeVisible()
          await expectNoAxeViolations(page)
          await screenshot(page, `growth-${locale}${path.replaceAll('/', '-')}`)
        }
        // The delete confirmation.
        await page.goto('/me/data')
        await page
          .getByRole('button', { name: locale === 'nb' ? 'Slett dataene mine' : 'Delete my data' })
          .click()
        await expect(page.getByRole('alertdialog')).toBeVisible()
        await expectNoAxeViolations(page)
        await screenshot(page, `growth-${locale}-me-data-confirm`)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('alertdialog')).toHaveCount(0)

        await page.emulateMedia({ colorScheme: 'dark' })
        await page.goto('/me')
        await expect(page.locator('figure canvas')).toHaveCount(3)
        await expectNoAxeViolations(page)
        await screenshot(page, `growth-${locale}-dark-me`)
      })
    })
  }
})
