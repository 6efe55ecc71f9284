import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useOnline } from '@/composables/useOnline'

describe('useOnline', () => {
  it('follows the online and offline events and stops listening on dispose', () => {
    const scope = effectScope()
    const online = scope.run(() => useOnline())!
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    window.dispatchEvent(new Event('offline'))
    expect(online.value).toBe(false)
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
    window.dispatchEvent(new Event('online'))
    expect(online.value).toBe(true)
    scope.stop()
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    window.dispatchEvent(new Event('offline'))
    expect(online.value).toBe(true)
  })
})
