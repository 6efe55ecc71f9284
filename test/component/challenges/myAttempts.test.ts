import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MyAttempts from '@/features/challenges/components/MyAttempts.vue'
import { db } from '@/data/db'
import { listDrafts } from '@/data/repos/draft.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'

vi.mock('@/data/repos/draft.repo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/data/repos/draft.repo')>()
  return { ...actual, listDrafts: vi.fn(actual.listDrafts) }
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const noAttempts = 'Du har ikke prøvd noen utfordringer ennå'

describe('my attempts', () => {
  it('says "none yet" only once both drafts and attempts have answered', async () => {
    const real = vi.mocked(listDrafts).getMockImplementation()!
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    vi.mocked(listDrafts).mockImplementationOnce(async () => {
      await answered
      return real()
    })
    const { wrapper } = await mountWithApp(MyAttempts, {
      path: '/challenges',
      props: { challenges: [] },
    })
    await flushPromises()
    // Attempts have answered (none), drafts have not: the body stays empty, keeping its place.
    expect(wrapper.find('.attempts__body').exists()).toBe(true)
    expect(wrapper.text()).not.toContain(noAttempts)
    answer()
    await waitFor(() => wrapper.text().includes(noAttempts))
    wrapper.unmount()
  })
})
