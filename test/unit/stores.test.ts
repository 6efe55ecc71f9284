import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { usePrefsStore } from '@/stores/prefs'
import { useStorageHealthStore } from '@/stores/storageHealth'

/**
 * Pinia setup stores (issue 21, item 7): each one accepts hot updates (the vitesse pattern, so an
 * edit in development keeps the store's state), and storage health is its own store, not prefs'.
 */
const dir = resolve(__dirname, '../../src/stores')
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

describe('setup stores', () => {
  it('are all found', () => {
    expect(files).toEqual(expect.arrayContaining(['prefs.ts', 'session.ts', 'storageHealth.ts']))
  })

  for (const file of files) {
    it(`${file} accepts hot updates for each store it defines`, () => {
      const text = readFileSync(resolve(dir, file), 'utf8')
      const stores = [...text.matchAll(/export const (use\w+Store) = defineStore\(/g)].map((m) => m[1])
      expect(stores.length).toBeGreaterThan(0)
      for (const store of stores) {
        expect(text).toContain(
          `if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(${store}, import.meta.hot))`,
        )
      }
    })
  }

  it('keep the storage error out of prefs', () => {
    setActivePinia(createPinia())
    const prefs = usePrefsStore()
    expect(Object.keys(prefs.$state)).not.toContain('storageError')
    const storage = useStorageHealthStore()
    expect(storage.error).toBeNull()
    storage.report(new DOMException('full', 'QuotaExceededError'))
    expect(storage.error).toBe('quota')
  })
})
