import { defineConfig } from '@playwright/test'
import { anonKey, backendPort, backendUrl, connectedAppPort } from './test/e2e/backend/env'

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against `vite preview`
// of a production build, at a phone's size.
const port = Number(process.env.E2E_PORT ?? 4173)
const vite = 'node node_modules/vite/bin/vite.js'
const connectedDist = `dist-e2e-${connectedAppPort}`
// The local-mode build under test: `dist` (npm run build), or another folder so parallel runs don't clash.
const dist = process.env.E2E_DIST ?? 'dist'

// test/e2e/backend/ also needs the Supabase stand-in and a build of the app connected to it (about a
// minute to build). A run naming only other test files skips both.
const fileArgs = process.argv.filter((arg) => /\.e2e\b|test\/e2e/.test(arg))
const needsBackend = fileArgs.length === 0 || fileArgs.some((arg) => arg.includes('backend'))
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Chromium refuses some ports outright (6000 is X11's): E2E_PORT 5800 puts the connected app there.
        `--explicitly-allowed-ports=${port},${backendPort},${connectedAppPort}`,
      ],
    },
  },
  webServer: [
    {
      command: `${vite} preview --outDir ${dist} --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(needsBackend
      ? [
          {
            command: `node test/e2e/backend/server.mjs ${backendPort}`,
            url: `${backendUrl}/e2e/health`,
            reuseExistingServer: false,
            // Making the demo company takes ~45 s on a busy 2-core machine.
            timeout: 180_000,
          },
          {
            command: `${vite} build --mode e2e --outDir ${connectedDist} --emptyOutDir --logLevel error && ${vite} preview --outDir ${connectedDist} --port ${connectedAppPort} --strictPort`,
            // A demo build: the sign-in page also offers the demo company's people (demo.e2e.ts).
            env: { VITE_SUPABASE_URL: backendUrl, VITE_SUPABASE_ANON_KEY: anonKey, VITE_LOFT_DEMO: '1' },
            url: `http://localhost:${connectedAppPort}`,
            reuseExistingServer: false,
            timeout: 300_000,
          },
        ]
      : []),
  ],
})
