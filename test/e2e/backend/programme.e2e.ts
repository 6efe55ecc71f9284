import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { desktop, phone, signInAsPersona, visitInApp, type Viewport } from './persona'

/*
 * HR's programme (issue 18) in the demo company, as the HR lead (Ingrid Hauge): the five-step
 * tracker, the ROI calculator with the seed's example (544 %) and bad input, and the monthly
 * leadership report printed to PDF by Chromium (page.pdf), its text read with pdf.js and its
 * pages rendered to images by pdf.js in Chromium and checked for the headline figures.
 */

const require = createRequire(import.meta.url)
const pdfjsDir = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')

/** The HR lead, signed in, on Insights. */
const signInAsHrLead = (browser: Browser, lang: 'nb' | 'en', viewport: Viewport) =>
  signInAsPersona(browser, lang, viewport, /Ingrid Hauge/, /\/insights$/)

async function fill(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' })
  await field.fill(value)
  await field.blur()
}

test.describe("HR's programme in the demo company", () => {
  test.setTimeout(400_000)

  test('the tracker shows the five steps of the demo year, with guides and pitfalls', async ({
    browser,
  }) => {
    const { context, page } = await signInAsHrLead(browser, 'nb', desktop)
    await visitInApp(page, '/insights/programme')
    await expect(page.getByRole('heading', { level: 1, name: 'KI-programmet' })).toBeVisible()
    await expect(page.getByTestId('programme-summary')).toContainText('4 av 5 trinn ferdige', {
      timeout: 30_000,
    })
    for (const step of ['Trinn 1: Kartlegging og gap-analyse', 'Trinn 5: Mål og skaler']) {
      await expect(page.getByRole('heading', { name: step })).toBeVisible()
    }
    await expect(page.getByLabel('Kundeservice')).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Alle på en gang/ })).toBeChecked()
    await page.getByText('Slik gjør du det').first().click()
    await expect(page.getByText(/Finn ut hvor dere står/)).toBeVisible()
    // A change is saved as the organisation's row.
    await page.getByLabel('Status').last().selectOption('done')
    await page.getByRole('button', { name: 'Lagre programmet' }).click()
    await expect(page.getByText(/^Lagret/)).toBeVisible()
    await expect(page.getByTestId('programme-summary')).toContainText('5 av 5 trinn ferdige')
    await expectNoAxeViolations(page)
    await screenshot(page, 'programme-tracker-nb-desktop')
    await context.close()
  })

  test("the ROI calculator reads 544 % for the seed's example and refuses bad input", async ({
    browser,
  }) => {
    const { context, page } = await signInAsHrLead(browser, 'nb', phone)
    await visitInApp(page, '/insights/roi')
    // The demo's own calculation is loaded first (NOK).
    await expect(page.getByLabel('Valuta')).toHaveValue('NOK', { timeout: 30_000 })
    await expect(page.getByTestId('roi-percent')).toBeVisible()
    await page.getByLabel('Valuta').selectOption('EUR')
    const seed: [string, string][] = [
      ['Opplæringstid per person (timer)', '12'],
      ['Timekostnad per ansatt', '50'],
      ['Antall ansatte i programmet', '100'],
      ['Ekstern bistand', '15 000'],
      ['Lisenser', '10 000'],
      ['HR-koordinering', '5 000'],
      ['Andre kostnader', ''],
      ['Timer spart per år (alle til sammen)', '8 000'],
      ['Færre runder med omskriving', '100 000'],
      ['Raskere prosesser', '80 000'],
      ['Annen gevinst', ''],
    ]
    for (const [label, value] of seed) await fill(page, label, value)
    // 12 h × 50 € × 100 + 15 000 + 10 000 + 5 000 = 90 000; 8 000 h × 50 € + 100 000 + 80 000 = 580 000.
    await expect(page.getByTestId('roi-percent')).toHaveText(/^544\s%$/)
    await expect(
      page.getByText(/\(580\s000\s€ − 90\s000\s€\) \/ 90\s000\s€ × 100 = 544\s%/),
    ).toBeVisible()
    await screenshot(page, 'roi-seed-nb-phone')

    // Bad input: a message next to the field, no result from it, nothing saved.
    await fill(page, 'Lisenser', 'mye')
    await expect(page.getByText('Skriv et tall, for eksempel 90 000.')).toBeVisible()
    await expect(page.getByLabel('Lisenser')).toHaveAttribute('aria-invalid', 'true')
    await fill(page, 'Lisenser', '-10')
    await expect(page.getByText('Beløpet kan ikke være negativt.')).toBeVisible()
    await fill(page, 'Lisenser', '1000000000000000')
    await expect(page.getByText('Tallet er urimelig stort. Sjekk antall nuller.')).toBeVisible()
    await expect(page.getByTestId('roi-message')).toHaveText(
      'Rett feltene som er merket, så regner vi ut ROI.',
    )
    await page.getByRole('button', { name: 'Lagre kalkylen' }).click()
    await expect(page.getByText(/^Lagret/)).toHaveCount(0)
    await fill(page, 'Lisenser', '10 000')
    await expect(page.getByTestId('roi-percent')).toHaveText(/^544\s%$/)
    await page.getByRole('button', { name: 'Lagre kalkylen' }).click()
    await expect(page.getByText(/^Lagret/)).toBeVisible()
    await expectNoAxeViolations(page)

    // The monthly report shows it, and prints as an A4 PDF with the headline figures.
    await visitInApp(page, '/insights/report')
    await expect(page.getByTestId('report-roi')).toContainText(/ROI 544\s%/, { timeout: 30_000 })
    // The demo company has consented stories, one picked by HR (matrix.e2e.ts may have picked and
    // withdrawn another by now): a story or "none picked" — never "nobody has consented".
    await expect(page.getByTestId('report-story')).toContainText(
      /Delt av|Ingen historie er valgt|ikke lenger tilgjengelig/,
      { timeout: 30_000 },
    )
    await expect(page.getByTestId('report-story')).not.toContainText('Ingen har sagt ja')
    await expectNoAxeViolations(page)
    await screenshot(page, 'report-monthly-nb-phone')
    await context.close()
  })

  test('the monthly report prints to a designed A4 PDF with the headline figures', async ({
    browser,
  }) => {
    const { context, page } = await signInAsHrLead(browser, 'nb', desktop)
    await visitInApp(page, '/insights/report')
    await expect(page.getByTestId('report-kpis')).toBeVisible({ timeout: 45_000 })
    await expect(page.getByTestId('report-roi')).toContainText('ROI')
    const kpiRows = await page.getByTestId('report-kpis').locator('tbody tr').count()
    expect(kpiRows).toBeGreaterThanOrEqual(8)
    const roiLine = (await page.getByTestId('report-roi').innerText()).trim()
    const roiPercent = /ROI (-?\d+)\s%/.exec(roiLine)![1]!
    // The story comes from the server: print once it has answered (never "fetching" on paper).
    await expect(page.getByTestId('report-story')).not.toContainText('Henter', { timeout: 30_000 })
    await expect(page.getByTestId('report-kpis')).not.toContainText('henter', { timeout: 60_000 })
    await screenshot(page, 'report-monthly-nb-desktop')

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    // pdf.js 6 expects Node 22's Promise.withResolvers; this machine's Node is 20.
    const promises = Promise as unknown as { withResolvers?: () => unknown }
    promises.withResolvers ??= () => {
      let resolve: unknown, reject: unknown
      const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)))
      return { promise, resolve, reject }
    }
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    }
    const first = await doc.getPage(1)
    const [, , width, height] = first.view
    // A4 in points (595 × 842), one or two pages for a month, page numbers printed.
    expect(Math.round(width!)).toBe(595)
    expect(Math.round(height!)).toBe(842)
    expect(doc.numPages).toBeLessThanOrEqual(3)
    const text = pages.join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('Nordlys Industri AS')
    expect(text).toContain('Månedsrapport: KI-kompetanse')
    expect(text).toContain('Nøkkeltall')
    expect(text).toContain('Andel aktive')
    expect(text).toMatch(new RegExp(`ROI ${roiPercent}\\s?%`))
    expect(text).toContain(`1 / ${doc.numPages}`)
    // No app chrome on paper: no navigation, no buttons.
    expect(text).not.toContain('Skriv ut / lagre som PDF')
    expect(text).not.toContain('Last ned som CSV')
    expect(text).not.toContain('Hovedmeny')

    // The pages rendered to images by pdf.js in Chromium, and checked: the first page holds ink
    // at the top (the title block) and is not blank.
    const viewer = await context.newPage()
    await viewer.route('http://pdf.local/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1)
      if (name === 'index.html') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><body style="margin:0;background:#888"></body>',
        })
      }
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(`${pdfjsDir}legacy/build/${name}`),
      })
    })
    await viewer.goto('http://pdf.local/index.html')
    const inked = await viewer.evaluate(
      async (bytes: number[]) => {
        const pdfjs = await import('http://pdf.local/pdf.mjs' as string)
        pdfjs.GlobalWorkerOptions.workerSrc = 'http://pdf.local/pdf.worker.mjs'
        const d = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise
        const shares: number[] = []
        for (let i = 1; i <= d.numPages; i++) {
          const p = await d.getPage(i)
          const vp = p.getViewport({ scale: 1.5 })
          const canvas = document.createElement('canvas')
          canvas.width = vp.width
          canvas.height = vp.height
          canvas.style.display = 'block'
          canvas.style.margin = '8px auto'
          document.body.append(canvas)
          await p.render({ canvasContext: canvas.getContext('2d')!, viewport: vp, canvas }).promise
          const data = canvas.getContext('2d')!.getImageData(0, 0, vp.width, vp.height / 4).data
          let dark = 0
          for (let j = 0; j < data.length; j += 4)
            if (data[j]! + data[j + 1]! + data[j + 2]! < 300) dark++
          shares.push(dark / (data.length / 4))
        }
        return shares
      },
      [...pdf],
    )
    expect(inked.length).toBe(doc.numPages)
    expect(inked[0]).toBeGreaterThan(0.005)
    await viewer.screenshot({
      path: 'test-results/screenshots/report-monthly-pdf-pages.png',
      fullPage: true,
    })
    await context.close()
  })

  for (const lang of ['nb', 'en'] as const) {
    for (const [size, viewport] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      test(`screens in ${lang} at ${size} width`, async ({ browser }) => {
        const { context, page } = await signInAsHrLead(browser, lang, viewport)
        if (lang === 'en') {
          await visitInApp(page, '/settings')
          await page.getByLabel('English').check()
        }
        for (const path of ['/insights/programme', '/insights/roi', '/insights/report']) {
          await visitInApp(page, path)
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          await page.waitForTimeout(1500)
          await expectNoAxeViolations(page)
          await screenshot(page, `programme-${path.split('/').pop()}-${lang}-${size}`)
        }
        await context.close()
      })
    }
  }
})
