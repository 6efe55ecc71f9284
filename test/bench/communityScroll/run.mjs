// Scrolling 10 000 community posts at 390×844 in Debian's Chromium (issue 16): the app's virtual
// FeedList beside a plain list of the same PostCards, in the same run. Prints long tasks (> 50 ms)
// while scrolling, the longest task, and the time to the first frame. A benchmark, not a test.
//   npm run bench:community            (COMMUNITY_BENCH_N=10000, COMMUNITY_BENCH_PORT=4460)
import { build, preview } from 'vite'
import { chromium } from 'playwright-core'
import { fileURLToPath } from 'node:url'

const N = Number(process.env.COMMUNITY_BENCH_N ?? 10_000)
const port = Number(process.env.COMMUNITY_BENCH_PORT ?? 4460)
const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url))
await build({ configFile, logLevel: 'error' })
const server = await preview({ configFile, preview: { port, strictPort: true } })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })

async function measure(mode) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 })
  await page.addInitScript(() => {
    window.__long = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  page.setDefaultTimeout(300_000)
  await page.goto(`http://localhost:${port}/?mode=${mode}&n=${N}`, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__mounted !== undefined, null, { timeout: 300_000 })
  const mounted = await page.evaluate(() => window.__mounted)
  await page.evaluate(() => (window.__long.length = 0))
  // 400 frames, 250 px each (about 100 000 px, some 650 posts), as a steady fling.
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let i = 0
        const gaps = []
        let last = performance.now()
        const step = (now) => {
          gaps.push(now - last)
          last = now
          window.scrollBy(0, 250)
          if (++i < 400) requestAnimationFrame(step)
          else resolve(gaps)
        }
        requestAnimationFrame(step)
      }),
  )
  const long = await page.evaluate(() => window.__long)
  const domNodes = await page.evaluate(() => document.querySelectorAll('*').length)
  await page.close()
  const sorted = [...frames].sort((a, b) => a - b)
  return {
    mode,
    mountMs: Math.round(mounted),
    longTasks: long.length,
    longestTaskMs: Math.round(Math.max(0, ...long)),
    frameP95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)]),
    droppedFrames: frames.filter((g) => g > 50).length,
    domNodes,
  }
}

try {
  const rows = []
  for (const mode of (process.env.COMMUNITY_BENCH_MODES ?? 'virtual,plain').split(',')) rows.push(await measure(mode))
  console.log(`\nScrolling ${N} community posts at 390×844 (400 frames × 250 px)\n`)
  console.table(rows)
} finally {
  await browser.close()
  await server.close()
}
