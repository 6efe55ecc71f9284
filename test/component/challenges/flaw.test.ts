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

describe('spot the flaw: the count is never announced, and "nothing wrong" is an answer', () => {
  it('says nothing about how many errors there are before the check', async () => {
    const flaw = (await loadFlaws()).find((f) => f.id === 'fl-return-reply')!
    const { wrapper } = await mountWithApp(App, { path: '/challenges/flaw/fl-return-reply' })
    await waitFor(() => wrapper.findAll('button[aria-pressed]').length === flaw.sentences.length, 4000)
    const planted = flaw.sentences.filter((s) => s.flawed).length
    expect(wrapper.text()).not.toMatch(new RegExp(`\\b${planted}\\b.*(feil|plantede)`))
    expect(wrapper.text()).toContain('Finner du ingen, sier du det.')
    wrapper.unmount()
  })

  it('an exercise with no errors: "I find nothing wrong" is right, and a mark is a false alarm', async () => {
    const flaw = (await loadFlaws()).find((f) => f.sentences.every((s) => !s.flawed))!
    expect(flaw).toBeDefined()
    const { wrapper } = await mountWithApp(App, { path: `/challenges/flaw/${flaw.id}` })
    await waitFor(() => wrapper.findAll('button[aria-pressed]').length === flaw.sentences.length, 4000)
    const none = () => wrapper.findAll('button').find((b) => b.text() === 'Jeg finner ingen feil')
    expect(none()).toBeDefined()
    await none()!.trigger('click')
    await waitFor(() => wrapper.find('[data-testid="flaw-score"]').exists())
    expect(wrapper.get('[data-testid="flaw-score"]').text()).toBe(
      'Det var ingen plantede feil i dette svaret. ingen falske alarmer',
    )
    await vi.waitFor(async () => expect(await db.progress_events.count()).toBe(1))
    expect((await db.progress_events.toArray())[0]).toMatchObject({
      kind: 'flaw_done',
      data: { flaw_id: flaw.id, hits: 0, misses: 0, false_alarms: 0 },
    })

    await wrapper.findAll('button').find((b) => b.text() === 'Prøv igjen')!.trigger('click')
    await wrapper.findAll('button[aria-pressed]')[0]!.trigger('click')
    expect(none()).toBeUndefined()
    await wrapper.findAll('button').find((b) => b.text() === 'Sjekk svaret mitt')!.trigger('click')
    await waitFor(() => wrapper.find('[data-testid="flaw-score"]').exists())
    expect(wrapper.get('[data-testid="flaw-score"]').text()).toContain('1 falsk alarm')
    wrapper.unmount()
  })
})
