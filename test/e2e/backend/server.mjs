// The e2e tests' Supabase stand-in is the demo backend (scripts/demo/backend.mjs), in memory, with
// the seed and the demo company.
//   node test/e2e/backend/server.mjs [port]        (port: E2E_BACKEND_PORT or 54421)
import { fileURLToPath } from 'node:url'
import { startServer } from '../../../scripts/demo/backend.mjs'

export { startServer, TEST_CODE } from '../../../scripts/demo/backend.mjs'

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.E2E_BACKEND_PORT ?? 54421)
  const started = performance.now()
  await startServer(port, { company: { people: 140, seed: 2026 } })
  console.log(`Supabase stand-in on http://127.0.0.1:${port} (${Math.round(performance.now() - started)} ms)`)
}
