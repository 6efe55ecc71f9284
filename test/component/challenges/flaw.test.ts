import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { loadFlaws } from '@/content'
import { scoreFlaw } from '@/features/challenges/scoreFlaw'
import { mountWithApp, waitFor } from '../../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('scoreFlaw', () => {
  const flaw = {
    sentences: [
      { id: 'a', flawed: true, text: { nb: '', en: '' } },
      { id: 'b', flawed: false, text: { nb: '', en: '' } },
      { id: 'c', flawed: true, text: { nb: '', en: '' } },
      { id: 'd', flawed: false, text: { nb: '', en: '' } },
    ],
  }
  it('counts hits, misses and false alarms, and accuracy over all sentences', () => {
    expect(scoreFlaw(flaw, new Set(['a', 'b']))).toEqual({ hits: 1, misses: 1, falseAlarms: 1, accuracy: 0.5 })
    expect(scoreFlaw(flaw, new Set(['a', 'c']))).toEqual({ hits: 2, misses: 0, falseAlarms: 0, accuracy: 1 })
    expect(scoreFlaw(flaw, new Set())).toEqual({ hits: 0, misses: 2, falseAlarms: 0, accuracy: 0.5 })
  })
})

describe('spot the flaw page', () => {
  it('marks sentences as toggle buttons, scores them and stores a flaw_done event', async () => {
    const flaw = (await loadFlaws()).find((f) => f.id === 'fl-return-reply')!
    const flawed = flaw.sentences.filter((s) => s.flawed)
    const correct = flaw.sentences.find((s) => !s.flawed)!
    const { wrapper } = await mountWithApp(App, { path: '/challenges/flaw/fl-return-reply' })
    await waitFor(() => wrapper.findAll('button[aria-pressed]').length === flaw.sentences.length, 4000)

    const sentence = (text: string) =>
      wrapper.findAll('button[aria-pressed]').find((b) => b.text() === text)!
    // Mark the first planted error, and one correct sentence by mistake; toggle one on and off.
    await sentence(flawed[0]!.text.nb).trigger('click')
    await sentence(correct.text.nb).trigger('click')
    await sentence(flawed[1]!.text.nb).trigger('click')
    await sentence(flawed[1]!.text.nb).trigger('click')
    expect(sentence(flawed[0]!.text.nb).attributes('aria-pressed')).toBe('true')
    expect(sentence(flawed[1]!.text.nb).attributes('aria-pressed')).toBe('false')

    await wrapper.findAll('button').find((b) => b.text() === 'Sjekk svaret mitt')!.trigger('click')
    const misses = flawed.length - 1
    await waitFor(() => wrapper.find('[data-testid="flaw-score"]').exists())
    expect(wrapper.get('[data-testid="flaw-score"]').text()).toBe(
      `1 av ${flawed.length} feil funnet · ${misses} oversett · 1 falsk alarm`,
    )
    // Every planted error is explained.
    for (const s of flawed) expect(wrapper.text()).toContain(s.explanation!.nb)

    await vi.waitFor(async () => expect(await db.progress_events.count()).toBe(1))
    expect((await db.progress_events.toArray())[0]).toMatchObject({
      kind: 'flaw_done',
      lesson_id: 'fl-return-reply',
      data: { flaw_id: 'fl-return-reply', hits: 1, misses, false_alarms: 1 },
    })
    wrapper.unmount()
  })
})
