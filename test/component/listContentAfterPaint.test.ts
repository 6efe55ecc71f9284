import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { mountWithApp, waitFor } from '../helpers/mount'

// The first paint, held back until the test says it has happened.
const paints: Array<() => void> = []
vi.mock('@/modules/afterFirstPaint', async (original) => ({
  ...(await original<typeof import('@/modules/afterFirstPaint')>()),
  afterFirstPaint: () => new Promise<void>((resolve) => paints.push(resolve)),
}))

const paint = () => paints.splice(0).forEach((resolve) => resolve())
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

beforeEach(async () => {
  paints.length = 0
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('list content waits for the page to paint', () => {
  it('challenges and spot-the-flaw exercises load after the first paint', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/challenges' })
    await settle()
    expect(wrapper.text()).toContain('Utfordringer')
    expect(wrapper.findAll('a[href^="/challenges/ch-"]')).toHaveLength(0)
    expect(wrapper.find('[role="status"]').exists()).toBe(true)

    paint()
    await waitFor(() => wrapper.findAll('a[href^="/challenges/ch-"]').length > 0, 4000)
    // The flaw list mounts with the challenges and waits for its own paint.
    paint()
    await waitFor(() => wrapper.findAll('a[href^="/challenges/flaw/"]').length > 0, 4000)
    wrapper.unmount()
  })

  it("the library's starter prompts load after the first paint", async () => {
    const { wrapper } = await mountWithApp(App, { path: '/library' })
    await settle()
    expect(wrapper.findAll('.library-list h2')).toHaveLength(0)

    paint()
    await waitFor(() => wrapper.findAll('.library-list h2').length > 3, 4000)
    wrapper.unmount()
  })

  it('a single challenge is the page itself: it loads at once', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/challenges/ch-meeting-minutes' })
    await waitFor(() => wrapper.text().includes('Steg 1 av 6'), 4000)
    expect(paints).toHaveLength(0)
    wrapper.unmount()
  })
})
