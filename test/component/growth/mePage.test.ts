import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MePage from '@/pages/MePage.vue'
import { db } from '@/data/db'
import { readBootState, writeBootState } from '@/data/bootState'
import { mountWithApp, waitFor } from '../../helpers/mount'
import * as content from '@/content'
import { readGrowthData } from '@/data/repos/growth.repo'
import { listChallengeEvidence } from '@/data/repos/attemptReview.repo'

// Spied on, not replaced: the charts test needs the real lessons.
vi.mock('@/content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/content')>()
  return { ...actual, loadLessons: vi.fn(actual.loadLessons) }
})

vi.mock('@/data/repos/growth.repo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/data/repos/growth.repo')>()
  return { ...actual, readGrowthData: vi.fn(actual.readGrowthData) }
})

vi.mock('@/data/repos/attemptReview.repo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/data/repos/attemptReview.repo')>()
  return { ...actual, listChallengeEvidence: vi.fn(actual.listChallengeEvidence) }
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString()
}

describe('Me page (growth)', () => {
  it('invites the first lesson before there is any activity, and keeps the links', async () => {
    vi.mocked(content.loadLessons).mockClear()
    vi.mocked(listChallengeEvidence).mockClear()
    const { wrapper } = await mountWithApp(MePage, { path: '/me' })
    await waitFor(() => !wrapper.find('.growth-pending').exists())
    await flushPromises()
    expect(wrapper.text()).toContain('Utviklingen din vises her')
    expect(wrapper.get('.empty-state').attributes('aria-hidden')).toBeUndefined()
    // Nothing to chart: the whole curriculum is not downloaded, nor the charts' evidence read.
    expect(content.loadLessons).not.toHaveBeenCalled()
    expect(listChallengeEvidence).not.toHaveBeenCalled()
    expect(wrapper.find('figure').exists()).toBe(false)
    expect(wrapper.get('a[href="/learn"]').text()).toBe('Start første leksjon')
    expect(wrapper.find('a[href="/me/data"]').exists()).toBe(true)
    expect(wrapper.find('a[href="/me/literacy"]').exists()).toBe(true)
    wrapper.unmount()
  })

  /** Makes readGrowthData wait until the returned function is called. */
  function holdGrowthAnswer() {
    const real = vi.mocked(readGrowthData).getMockImplementation()!
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    vi.mocked(readGrowthData).mockImplementationOnce(async (options) => {
      await answered
      return real(options)
    })
    return answer
  }

  it('on a device used before, holds the place of the empty state, hidden, until IndexedDB answers (no layout shift)', async () => {
    writeBootState({ onboarded: true })
    const answer = holdGrowthAnswer()
    const { wrapper } = await mountWithApp(MePage, { path: '/me' })
    await flushPromises()
    const pending = wrapper.get('.growth-pending')
    expect(pending.attributes('aria-hidden')).toBe('true')
    expect(pending.find('a[href="/learn"]').exists()).toBe(true)
    answer()
    await waitFor(() => !wrapper.find('.growth-pending').exists())
    expect(wrapper.get('.empty-state').attributes('aria-hidden')).toBeUndefined()
    wrapper.unmount()
  })

  it('remembers in the boot copy whether there is anything to chart, and then shows an empty Me at once', async () => {
    writeBootState({ onboarded: true })
    const first = await mountWithApp(MePage, { path: '/me' })
    await waitFor(() => !first.wrapper.find('.growth-pending').exists())
    expect(readBootState().hasActivity).toBe(false)
    first.wrapper.unmount()

    const answer = holdGrowthAnswer()
    const again = await mountWithApp(MePage, { path: '/me' })
    await flushPromises()
    expect(again.wrapper.find('.growth-pending').exists()).toBe(false)
    expect(again.wrapper.text()).toContain('Utviklingen din vises her')
    answer()
    again.wrapper.unmount()

    await db.progress_events.add({
      id: 'e1',
      lesson_id: 'data-rules',
      kind: 'completed',
      occurred_at: daysAgo(1),
    })
    const third = await mountWithApp(MePage, { path: '/me' })
    await waitFor(() => third.wrapper.find('figure').exists())
    expect(readBootState().hasActivity).toBe(true)
    third.wrapper.unmount()
  })

  it('on a very first start (no boot copy), shows the empty state without waiting for IndexedDB', async () => {
    const answer = holdGrowthAnswer()
    const { wrapper } = await mountWithApp(MePage, { path: '/me' })
    await flushPromises()
    expect(wrapper.find('.growth-pending').exists()).toBe(false)
    expect(wrapper.get('.empty-state').attributes('aria-hidden')).toBeUndefined()
    expect(wrapper.text()).toContain('Utviklingen din vises her')
    answer()
    wrapper.unmount()
  })

  it('gives every chart a text alternative: a describing sentence and a table', async () => {
    await db.progress_events.bulkAdd([
      { id: 'e1', lesson_id: 'data-rules', kind: 'completed', occurred_at: daysAgo(2) },
      { id: 'e2', lesson_id: 'what-ai-is', kind: 'completed', occurred_at: daysAgo(9) },
    ])
    await db.self_assessments.add({
      id: 's1',
      competency_id: 'data-compliance',
      level: 3,
      assessed_at: daysAgo(20),
    })
    await db.challenge_attempts.add({
      id: 'a1',
      challenge_id: 'ch-meeting-minutes',
      prompt: 'p',
      output: 'o',
      checklist: {},
      self_score: 3,
      minutes_saved: 45,
      submitted_for_review: false,
      created_at: daysAgo(1),
    })
    const { wrapper } = await mountWithApp(MePage, { path: '/me', locale: 'en' })
    // The radar waits for the (lazy) content.
    await waitFor(() => wrapper.findAll('figure').length === 3, 5000)
    await flushPromises()

    // Tables are built when opened.
    for (const details of wrapper.findAll('details')) {
      ;(details.element as HTMLDetailsElement).open = true
      details.element.dispatchEvent(new Event('toggle'))
    }
    await flushPromises()
    const figures = wrapper.findAll('figure')
    expect(figures.map((f) => f.get('h2').text())).toEqual([
      'Lessons and exercises per week',
      'Your competence profile',
      'Minutes saved',
    ])
    for (const figure of figures) {
      const summary = figure.get('figcaption p')
      expect(summary.attributes('id')).toBeTruthy()
      expect(summary.text().length).toBeGreaterThan(20)
      expect(figure.find('details table').exists()).toBe(true)
    }
    // Each chart image is named by its title and its one-sentence summary (WCAG 1.1.1, issue 22 item 9).
    await waitFor(() => wrapper.findAll('figure canvas').length === figures.length, 4000)
    for (const figure of figures) {
      const name = figure.get('canvas').attributes('aria-label')!
      expect(name).toContain(figure.get('h2').text())
      expect(name).toContain(figure.get('figcaption p').text())
    }
    const weekly = figures[0]!
    expect(weekly.get('figcaption p').text()).toContain(
      'you finished 2 lessons and did 1 exercise ',
    )
    const radarRows = figures[1]!.findAll('tbody tr').map((r) => r.text())
    expect(radarRows).toContain('Data rules3–')
    expect(figures[2]!.text()).toContain('45 minutes in total')
    expect(figures[2]!.text()).toContain('self-reported')

    // The streak calendar is drawn with CSS, hidden from screen readers, and told in text.
    const streak = wrapper.get('section[aria-labelledby="streak-title"]')
    expect(streak.get('.streak__year').attributes('aria-hidden')).toBe('true')
    expect(streak.find('details table').exists()).toBe(true)
    expect(streak.text()).toMatch(/longest has been \d+ day/)
    wrapper.unmount()
  })
})
