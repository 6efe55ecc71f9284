import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { firstLoadFiles } from '../bench/firstLoad'

const BUDGET_KB = 130

// Deterministic, so it is a test: what index.html loads and preloads, gzip-compressed.
test(`first-load JS + CSS + HTML stays within ${BUDGET_KB} KB gzip`, () => {
  const dist = join(process.cwd(), 'dist')
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
  // Content, charts and supabase-js are lazy: never in the first load.
  expect(files.filter((f) => /supabase|chart|lesson/i.test(f))).toEqual([])
  expect(totalKb).toBeLessThanOrEqual(BUDGET_KB)
})
