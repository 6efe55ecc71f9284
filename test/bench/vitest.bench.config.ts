// Runs the sync benchmark: `npx vitest run --config test/bench/vitest.bench.config.ts`
// (optionally with DATABASE_URL=postgres://… to add a real PostgreSQL). It prints figures; the
// timings are not pass/fail.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig({
  root,
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    include: ['test/bench/sync.bench.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
