import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// The demo company is a development tool: a production build never mentions it (the hint and the
// personas are behind import.meta.env.DEV / VITE_LOFT_DEMO, so their code and words are left out).
test('a production build says nothing of the demo', async ({ page }) => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(js|html|json)$/.test(e.name) ? [join(dir, e.name)] : [],
    )
  const mentions = files(process.env.E2E_DIST ?? 'dist').filter((file) => /npm run demo|Nordlys Industri|nordlys-industri|demobedrift/i.test(readFileSync(file, 'utf8')))
  expect(mentions).toEqual([])

  for (const path of ['/community', '/insights', '/settings']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByTestId('demo-hint')).toHaveCount(0)
  }
})
