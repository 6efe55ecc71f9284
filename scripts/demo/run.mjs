// `npm run demo`: the demo backend with the demo company (scripts/demo/backend.mjs) and the app's
// dev server connected to it, in one process: the ports are printed, Ctrl-C stops both.
// Arguments go to the backend (e.g. `npm run demo -- --reset`). Development only.
import { parseArgs } from 'node:util'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer, TEST_CODE } from './backend.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LOFT_DEMO_PORT ?? '54321' },
    'app-port': { type: 'string', default: '5173' },
    data: { type: 'string', default: join(root, '.demo/db') },
    reset: { type: 'boolean', default: false },
    people: { type: 'string', default: '140' },
    seed: { type: 'string', default: '2026' },
  },
})

try {
  const started = performance.now()
  const backend = await startServer(Number(values.port), {
    dataDir: resolve(values.data),
    reset: values.reset,
    company: { people: Number(values.people), seed: Number(values.seed) },
  })
  // The app reads these at startup (import.meta.env): connected to the demo backend, in demo mode.
  process.env.VITE_SUPABASE_URL = backend.url
  process.env.VITE_SUPABASE_ANON_KEY = 'demo-anon-key'
  process.env.VITE_LOFT_DEMO = '1'
  const { createServer } = await import('vite')
  const app = await createServer({ root, server: { port: Number(values['app-port']), host: '127.0.0.1' } })
  await app.listen()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`
  Løft demo — for development only (no account, nothing leaves this machine)
  App:      ${app.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values['app-port']}/`}
  Backend:  ${backend.url} (loopback only; data in ${values.data}, --reset starts over)
  Sign in:  tap a person on the sign-in page, or any e-mail with the code ${TEST_CODE}
  Ready in ${seconds} s. Ctrl-C stops both.
`)
  const stop = async () => {
    await app.close()
    backend.server.close()
    await backend.db.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (e) {
  console.error(String(e?.message ?? e))
  process.exit(1)
}
