/**
 * Where the backend e2e test finds its servers, derived from E2E_PORT so parallel runs don't clash:
 * the Supabase stand-in (server.mjs) on E2E_PORT + 100 and a second build of the app, made with
 * VITE_SUPABASE_URL pointing at it, on E2E_PORT + 200 (the other tests use the local-mode build).
 */
const port = Number(process.env.E2E_PORT ?? 4173)
export const backendPort = Number(process.env.E2E_BACKEND_PORT ?? port + 100)
export const backendUrl = `http://127.0.0.1:${backendPort}`
export const connectedAppPort = port + 200
export const connectedAppUrl = `http://localhost:${connectedAppPort}`
export const anonKey = 'e2e-anon-key'
export const signInCode = '123456'
