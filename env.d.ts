/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string
  readonly VITE_SUPABASE_ANON_KEY?: string
  /** '1' in a build for the demo company (`npm run demo`): one-tap sign-in as its people. */
  readonly VITE_LOFT_DEMO?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
