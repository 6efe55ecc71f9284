import { onMounted, ref } from 'vue'

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported'

/** Whether the browser keeps our IndexedDB under pressure, how much we use, and a way to ask. */
export function useStorageStatus() {
  const persist = ref<PersistState>('unsupported')
  const usage = ref<number | null>(null)
  const quota = ref<number | null>(null)

  async function refresh() {
    const storage = navigator.storage
    if (!storage?.persisted) return
    persist.value = (await storage.persisted()) ? 'persisted' : 'not-persisted'
    if (storage.estimate) {
      const estimate = await storage.estimate()
      usage.value = estimate.usage ?? null
      quota.value = estimate.quota ?? null
    }
  }

  async function requestPersist() {
    if (!navigator.storage?.persist) return
    await navigator.storage.persist()
    await refresh()
  }

  onMounted(refresh)
  return { persist, usage, quota, refresh, requestPersist }
}
