import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { firstLoadFiles } from '../bench/firstLoad'

const BUDGET_KB = 130

// Deterministic, so it is a test: what index.html loads and preloads, gzip-compressed.
test(`first-load JS + CSS + HTML stays within ${BUDGET_KB} KB gzip`, () => {
  const dist = join(process.cwd(), process.env.E2E_DIST ?? 'dist')
  const files = firstLoadFiles(dist)
  const sizes = files.map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }))
  const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024
  console.log(
    `first load: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)\n` +
      sizes.map((s) => `  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.file}`).join('\n'),
  )
  expect(files).toContain('index.html')
  expect(files.some((f) => f.endsWith('.js'))).toBe(true)
  // Content, charts, supabase-js and Dexie (the `database` chunk) are lazy: never in the first load.
  expect(files.filter((f) => /supabase|chart|lesson|database/i.test(f))).toEqual([])
  // Nor does any page's boot module (scripts/routePreload.ts) fetch Dexie before the first paint:
  // no chunk that index.html names holds Dexie's code.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const named = [...new Set([...html.matchAll(/\/(assets\/[\w.-]+\.js)/g)].map((m) => m[1]!))]
  expect(named.length).toBeGreaterThan(10)
  const withDexie = named.filter((f) =>
    readFileSync(join(dist, f), 'utf8').includes('DatabaseClosedError'),
  )
  expect(withDexie).toEqual([])
  expect(totalKb).toBeLessThanOrEqual(BUDGET_KB)
})
