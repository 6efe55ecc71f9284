import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

const dexieOnlyInData = {
  name: 'dexie',
  message: 'Only src/data/ talks to IndexedDB: use a repo (src/data/repos) and useLiveQuery.',
}
const supabaseOnlyInRemote = {
  name: '@supabase/supabase-js',
  message: 'Only src/data/remote/ may import supabase-js, and only by dynamic import.',
}

/** data/remote/** and the sync engine, by alias or relative path. */
const remoteOnlyInData = {
  regex: '(^@|^\\.\\.?(/\\.\\.)*)/data/(remote(/|$)|sync/engine)',
  message:
    'Screens reach the server and the sync engine only through useSyncStatusStore(): intents ' +
    '(redeemInvite, signOut, followOrganisation…) and `call(fn, …)` with a typed call from ' +
    'src/data/server/. See /src/data/server/call.ts.',
}
const noDataInPages = {
  regex: '(^@|^\\.\\.?(/\\.\\.)*)/data(/|$)',
  message: 'Pages compose features only: read and write data in a feature composable.',
}
const noFeatures = {
  regex: '(^@|^\\.\\.?(/\\.\\.)*)/features(/|$)',
  message: 'src/modules/sync.ts wires data/ into the app and imports no feature.',
}
/** The same pattern for `import('…')`, which no-restricted-imports does not see. */
function noDynamicImport({ regex, message }) {
  return [
    { selector: `ImportExpression[source.value=/${regex.replaceAll('/', '.')}/]`, message },
  ]
}

export default defineConfigWithVueTs(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'dev-dist/**',
    ],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      // Formatting is Prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The one v-html in the app: user Markdown after markdown-it (HTML off) and DOMPurify.
    files: ['src/components/MarkdownText.vue'],
    rules: { 'vue/no-v-html': 'off' },
  },
  // The data-layer boundaries (ARCHITECTURE.md, rule 3).
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieOnlyInData, supabaseOnlyInRemote] }],
    },
  },
  {
    // The UI reaches the engine and the server only through the sync store (issue 21, item 1).
    // src/stores/syncStatus.ts owns the engine and the Remote (types only); src/modules/sync.ts
    // creates them. test/unit/lintBoundaries.test.ts proves these rules fail.
    files: ['src/{features,pages,components,composables,stores}/**/*.{ts,vue}'],
    ignores: ['src/stores/syncStatus.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [dexieOnlyInData, supabaseOnlyInRemote], patterns: [remoteOnlyInData] },
      ],
      'no-restricted-syntax': ['error', ...noDynamicImport(remoteOnlyInData)],
    },
  },
  {
    // Pages compose features; data is read by feature composables (issue 21, item 4).
    files: ['src/pages/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [dexieOnlyInData, supabaseOnlyInRemote], patterns: [noDataInPages] },
      ],
      'no-restricted-syntax': ['error', ...noDynamicImport(noDataInPages)],
    },
  },
  {
    // The wiring of sync and sign-in depends on data/, never on a feature.
    files: ['src/modules/sync.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noFeatures] }],
      'no-restricted-syntax': ['error', ...noDynamicImport(noFeatures)],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    ignores: ['src/data/remote/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [supabaseOnlyInRemote] }] },
  },
  {
    // Dexie and the schema are a lazy chunk (src/data/openDb.ts): a static import would put them
    // back into the first load. Types are fine. The sync engine is itself loaded lazily.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/data/db.ts', 'src/data/sync/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              allowTypeImports: true,
              message: 'Dexie loads lazily: use openDb() (src/data/openDb.ts).',
            },
          ],
          patterns: [
            {
              regex: '(^|/)db$',
              allowTypeImports: true,
              message:
                'The database loads lazily: `loadedDb() ?? (await openDb())` (src/data/openDb.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Even in src/data/remote/, supabase-js is loaded lazily (never in the first-load bundle).
    files: ['src/data/remote/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              ...supabaseOnlyInRemote,
              allowTypeImports: true,
              message: 'Use `await import()` so supabase-js stays out of the first load.',
            },
          ],
        },
      ],
    },
  },
)
