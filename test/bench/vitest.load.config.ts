// Runs the sync load test on a real PostgreSQL (skipped without DATABASE_URL):
//   DATABASE_URL=postgres://user:password@127.0.0.1:5432/postgres \
//     npx vitest run --config test/bench/vitest.load.config.ts
// `npm run bench:sync` runs it after the throughput bench. It prints figures; the timings are not
// pass/fail, but lost or duplicated rows, and errors, fail it. Not part of `npm test`.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig({
  root,
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/bench/syncLoad.bench.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
