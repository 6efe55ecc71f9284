/**
 * Library search with 10 000 organisation prompts (plus the 37 starter prompts) in IndexedDB, in
 * Chromium, on the real /library page of the production build. Prints medians; not pass/fail.
 *
 *   npx vite build && npx playwright test -c test/bench/library.playwright.config.ts
 *
 * - keystroke: set the search field's value and fire `input`, then wait until Vue has patched the
 *   DOM (a macrotask after its microtask flush) and force a layout: what a user waits for.
 * - filter change: the same, for a tap on a department chip.
 * - baseline, same run, same page: a plain full scan of the same IndexedDB table per keystroke
 *   (read every row, lower-case and match title, task, tags and body) — what a query straight
 *   against the table would cost.
 */
import { expect, test, type Page } from '@playwright/test'

const N = Number(process.env.LIBRARY_BENCH_N ?? 10_000)
const QUERIES = ['tilbud kunde', 'møtereferat', 'sikker jobbanalyse', 'e-post']
const ROUNDS = Number(process.env.LIBRARY_BENCH_ROUNDS ?? 3)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(2).padStart(7)} ms   p95 ${p95(xs).toFixed(2).padStart(7)} ms   (n=${xs.length})`

/** Writes n generated prompts straight into the app's IndexedDB table (setup, not measured). */
async function fill(page: Page, n: number) {
  await page.evaluate(async (count) => {
    let seed = 42
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    const words = [
      'kunde',
      'tilbud',
      'møte',
      'referat',
      'avvik',
      'rapport',
      'kampanje',
      'nyhetsbrev',
      'rekruttering',
      'opplæring',
      'budsjett',
      'risiko',
      'leverandør',
      'kvalitet',
      'sikkerhet',
      'årsak',
      'tiltak',
      'prosjekt',
      'frist',
      'ansatt',
      'produkt',
      'salg',
      'marked',
      'svar',
      'klage',
      'oversikt',
      'plan',
      'mål',
      'oppfølging',
      'spørsmål',
      'analyse',
      'utkast',
      'tekst',
      'e-post',
    ]
    const tasks = Array.from({ length: 40 }, (_, i) => `Oppgave ${i + 1} ${pick(words)}`)
    const departments = ['project', 'sales', 'marketing', 'hr', 'customer-service', 'production']
    const sentence = (k: number) => Array.from({ length: k }, () => pick(words)).join(' ')
    const rows = Array.from({ length: count }, (_, i) => ({
      id: crypto.randomUUID(),
      organisation_id: '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01',
      author_id: null,
      title: `${sentence(3)} ${i}`,
      body: `Du er en erfaren rådgiver.\n\nKontekst: ${sentence(40)} {{notater}}.\n\nOppgave: ${sentence(30)}.\n\nFormat: ${sentence(20)}.`,
      department: pick(departments),
      task: pick(tasks),
      tools: [],
      level: pick(['basic', 'intermediate', 'expert']),
      data_class: pick(['green', 'yellow', 'red']),
      tags: [pick(words), pick(words)],
      status: 'approved',
      featured: rand() < 0.01,
      revision: 1,
      updated_at: new Date(Date.UTC(2025, 0, 1) + i * 60000).toISOString(),
    }))
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('loft')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('prompts', 'readwrite')
      const store = tx.objectStore('prompts')
      for (const row of rows) store.put(row)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, n)
}

test(`library search and filters with ${N} prompts`, async ({ page }) => {
  await page.goto('/library')
  await expect(page.locator('.library-list h2').first()).toBeVisible()
  await fill(page, N)

  const loadStart = Date.now()
  await page.reload()
  await expect(page.locator('.library-browser__count')).toHaveText(`${N + 37} prompter`, {
    timeout: 60_000,
  })
  const firstList = Date.now() - loadStart
  const rendered = await page.locator('.library-list > li').count()

  const { keystrokes, filters, scans, scanFilters } = await page.evaluate(
    async ({ queries, rounds }) => {
      const input = document.querySelector<HTMLInputElement>('#library-search')!
      const list = () => document.querySelector('.library-browser')!
      // A macrotask after Vue's microtask flush; MessageChannel, as nested setTimeout(0) is clamped to 4 ms.
      const channel = new MessageChannel()
      const settle = () =>
        new Promise<void>((resolve) => {
          channel.port1.onmessage = () => resolve()
          channel.port2.postMessage(null)
        })
      const measure = async (act: () => void) => {
        const t0 = performance.now()
        act()
        await settle()
        list().getBoundingClientRect()
        return performance.now() - t0
      }
      const type = (value: string) => {
        input.value = value
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }

      const keystrokes: number[] = []
      for (let r = 0; r < rounds; r++) {
        for (const query of queries) {
          for (let i = 1; i <= query.length; i++)
            keystrokes.push(await measure(() => type(query.slice(0, i))))
          type('')
          await settle()
        }
      }

      // Open the filter panel, then tap department chips (each tap replaces the previous one).
      document.querySelector<HTMLButtonElement>('.library-filters > .button')!.click()
      await settle()
      const chips = [
        ...document.querySelectorAll<HTMLButtonElement>(
          '#library-filter-panel fieldset:first-of-type button',
        ),
      ]
      const filters: number[] = []
      for (let r = 0; r < rounds * 4; r++) {
        for (const chip of chips) filters.push(await measure(() => chip.click()))
      }

      // Baseline: a plain full scan of the same table, per keystroke.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('loft')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const getAll = () =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = db.transaction('prompts').objectStore('prompts').getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      const norm = (s: string) => s.toLocaleLowerCase('nb')
      // One pass over the first query and a few filters: each scan reads the whole table.
      const scans: number[] = []
      for (let r = 0; r < 1; r++) {
        for (const query of queries.slice(0, 1)) {
          for (let i = 1; i <= query.length; i++) {
            const t0 = performance.now()
            const terms = norm(query.slice(0, i)).split(/\s+/).filter(Boolean)
            const rows = await getAll()
            rows.filter((row) => {
              const text = norm(
                [row.title, row.task, (row.tags as string[]).join(' '), row.body].join('\n'),
              )
              return terms.every((term) => text.includes(term))
            })
            scans.push(performance.now() - t0)
          }
        }
      }
      const scanFilters: number[] = []
      for (let r = 0; r < 1; r++) {
        for (const dept of [
          'project',
          'sales',
          'marketing',
          'hr',
          'customer-service',
          'production',
        ]) {
          const t0 = performance.now()
          ;(await getAll()).filter((row) => row.department === dept)
          scanFilters.push(performance.now() - t0)
        }
      }
      db.close()
      return { keystrokes, filters, scans, scanFilters }
    },
    { queries: QUERIES, rounds: ROUNDS },
  )

  console.log(
    [
      '',
      `Library benchmark — ${N} organisation prompts + 37 starter prompts, Chromium, production build`,
      `  reload → list shown            ${firstList} ms (${rendered} rows in the DOM: virtual list)`,
      `  keystroke → list updated       ${fmt(keystrokes)}`,
      `  filter chip → list updated     ${fmt(filters)}`,
      `  baseline: full table scan per keystroke   ${fmt(scans)}`,
      `  baseline: full table scan per filter      ${fmt(scanFilters)}`,
      '',
    ].join('\n'),
  )
  expect(keystrokes.length).toBeGreaterThan(0)
})
