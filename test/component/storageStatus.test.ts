import { afterEach, describe, expect, it, vi } from 'vitest'
import StorageStatus from '@/features/settings/components/StorageStatus.vue'
import { mountWithApp, waitFor } from '../helpers/mount'

function fakeStorage(usage: number, quota: number) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: { persisted: async () => false, estimate: async () => ({ usage, quota }) },
  })
}

afterEach(() => vi.unstubAllGlobals())

describe('storage status', () => {
  it("shows usage and quota in megabytes, in the person's language", async () => {
    fakeStorage(1_450_000, 1_234_500_000)
    const nb = (await mountWithApp(StorageStatus, { path: '/settings', locale: 'nb' })).wrapper
    await waitFor(() => nb.text().includes('MB'))
    expect(nb.text()).toContain('1,5 MB')
    expect(nb.text()).toContain('1\u00a0234,5 MB')
    nb.unmount()

    const en = (await mountWithApp(StorageStatus, { path: '/settings', locale: 'en' })).wrapper
    await waitFor(() => en.text().includes('MB'))
    expect(en.text()).toContain('1.5 MB')
    expect(en.text()).toContain('1,234.5 MB')
    en.unmount()
  })
})
