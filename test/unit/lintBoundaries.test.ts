import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules of eslint.config.js (issue 21, items 1 and 4), run on small fixtures through
 * ESLint's API with the project's own configuration: each rule must fail on what it forbids and
 * stay quiet on what is allowed.
 */
const root = resolve(__dirname, '../..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message)
}

describe('the Remote and the sync engine stay out of the UI', () => {
  const forbidden = [
    "import { SupabaseRemote } from '@/data/remote/supabase'\nexport const r = SupabaseRemote",
    "import type { Remote } from '@/data/remote/types'\nexport type R = Remote",
    "import { SyncEngine } from '@/data/sync/engine'\nexport const e = SyncEngine",
    "import { RemoteRequestError } from '../../data/remote/errors'\nexport const e = RemoteRequestError",
    "export const load = () => import('@/data/remote/supabase')",
  ]
  for (const file of [
    'src/features/x/useX.ts',
    'src/components/X.ts',
    'src/composables/useX.ts',
    'src/stores/x.ts',
    'src/pages/X.ts',
  ]) {
    it(`fails in ${file}`, async () => {
      for (const code of forbidden) {
        const messages = await restricted(file, code)
        expect(messages.join('\n'), code).toMatch(/useSyncStatusStore|Pages compose features/)
      }
    })
  }

  it('lets a feature use the store and the typed server calls', async () => {
    const code = [
      "import { useSyncStatusStore } from '@/stores/syncStatus'",
      "import { fetchInsights } from '@/data/server/insights'",
      "import { InviteError } from '@/data/sync/invite'",
      'export const x = [useSyncStatusStore, fetchInsights, InviteError]',
    ].join('\n')
    expect(await restricted('src/features/x/useX.ts', code)).toEqual([])
  })

  it('lets src/data and the store that owns the engine import them', async () => {
    const code = "import type { Remote } from '@/data/remote/types'\nexport type R = Remote"
    expect(await restricted('src/data/server/x.ts', code)).toEqual([])
    expect(await restricted('src/stores/syncStatus.ts', code)).toEqual([])
  })

  it('keeps features out of src/modules/sync.ts', async () => {
    expect(
      await restricted('src/modules/sync.ts', "export const a = () => import('@/features/auth/x')"),
    ).toHaveLength(1)
    expect(
      await restricted('src/modules/sync.ts', "import { x } from '../features/auth/x'\nexport const y = x"),
    ).toHaveLength(1)
  })
})

describe('pages compose features only', () => {
  it('fails on any import from src/data in a page, by alias, relative path or import()', async () => {
    for (const code of [
      "import { getPrompt } from '@/data/repos/library.repo'\nexport const x = getPrompt",
      "import type { PostSource } from '../data/repos/community.repo'\nexport type X = PostSource",
      "export const load = () => import('@/data/openDb')",
    ]) {
      expect((await restricted('src/pages/XPage.vue', `<script setup lang="ts">\n${code}\n</script>`)).join('\n'), code).toMatch(
        /Pages compose features only/,
      )
    }
  })

  it('lets a page use features, components and domain types, and a feature use repos', async () => {
    const page = [
      '<script setup lang="ts">',
      "import CurateEditor from '@/features/curate/components/CurateEditor.vue'",
      "import type { PostSource } from '@/domain/community'",
      'const x: PostSource | null = null',
      '</script>',
      '<template><CurateEditor :row="x" /></template>',
    ].join('\n')
    expect(await restricted('src/pages/XPage.vue', page)).toEqual([])
    const feature = "import { getPrompt } from '@/data/repos/library.repo'\nexport const x = getPrompt"
    expect(await restricted('src/features/curate/composables/useX.ts', feature)).toEqual([])
  })
})

