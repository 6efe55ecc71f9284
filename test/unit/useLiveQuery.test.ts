import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { db } from '@/data/db'
import { useLiveQuery } from '@/composables/useLiveQuery'

async function until(check: () => boolean, timeout = 2000) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(async () => {
  await db.prefs.clear()
})

describe('useLiveQuery', () => {
  it('delivers the result and follows later database changes', async () => {
    const scope = effectScope()
    const result = scope.run(() => useLiveQuery(() => db.prefs.count()))!
    expect(result.loading.value).toBe(true)
    await until(() => result.data.value === 0)
    expect(result.loading.value).toBe(false)
    await db.prefs.put({ key: 'theme', value: 'dark' })
    await until(() => result.data.value === 1)
    scope.stop()
  })

  it('re-runs when its reactive input changes', async () => {
    await db.prefs.bulkPut([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ])
    const key = ref('a')
    const scope = effectScope()
    const result = scope.run(() => useLiveQuery((k) => db.prefs.get(k), key))!
    await until(() => result.data.value?.value === 1)
    key.value = 'b'
    await nextTick()
    await until(() => result.data.value?.value === 2)
    scope.stop()
  })

  it('stops listening when its scope is disposed', async () => {
    const scope = effectScope()
    const result = scope.run(() => useLiveQuery(() => db.prefs.count()))!
    await until(() => result.data.value === 0)
    scope.stop()
    await db.prefs.put({ key: 'theme', value: 'dark' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(result.data.value).toBe(0)
  })
})
