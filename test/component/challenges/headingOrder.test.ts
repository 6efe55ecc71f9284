import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

/** Levels of the headings inside <main>, in document order. */
const levels = () =>
  [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((h) => Number(h.tagName[1]))

describe('heading order on a challenge', () => {
  for (const [locale, stepOne, next] of [
    ['nb', 'Steg 1 av 6', 'Skriv prompten'],
    ['en', 'Step 1 of 6', 'Write the prompt'],
  ] as const) {
    it(`starts with the h1 and skips no level, on every step shown (${locale})`, async () => {
      const { wrapper } = await mountWithApp(App, { path: '/challenges/ch-meeting-minutes', locale })
      await waitFor(() => wrapper.text().includes(stepOne), 4000)
      for (const step of [1, 2]) {
        const order = levels()
        expect(order[0], `step ${step}: ${order.join(' ')}`).toBe(1)
        expect(order.filter((level) => level === 1)).toHaveLength(1)
        order.forEach((level, i) => {
          if (i > 0) expect(level - order[i - 1]!, `step ${step}: ${order.join(' ')}`).toBeLessThanOrEqual(1)
        })
        if (step === 1) {
          await wrapper.findAll('button').find((b) => b.text().trim() === next)!.trigger('click')
          await waitFor(() => wrapper.find('textarea#prompt').exists())
        }
      }
      wrapper.unmount()
    })
  }
})
