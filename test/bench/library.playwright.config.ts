import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'

// The library benchmark (test/bench/library.bench.ts): the production build under `vite preview`
// in Debian's Chromium, on its own port so it never collides with an e2e run. Prints figures.
//   npx vite build && npx playwright test -c test/bench/library.playwright.config.ts
const port = 4175
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'library.bench.ts',
  outputDir: '../../test-results/bench',
  timeout: 300_000,
  use: { ...base.use, baseURL: `http://localhost:${port}`, locale: 'nb-NO' },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
