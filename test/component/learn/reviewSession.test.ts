import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReviewPage from '@/pages/ReviewPage.vue'
import { db } from '@/data/db'
import { recordLessonCompleted } from '@/data/repos/progress.repo'
import { loadLesson } from '@/content'
import { mountWithApp, waitFor } from '../../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('spaced review', () => {
  for (const [locale, show, easy] of [
    ['nb', 'Vis svaret', 'Lett'],
    ['en', 'Show the answer', 'Easy'],
  ] as const) {
    it(`moves focus to the next card after each grade, never to <body> (${locale})`, async () => {
      const lesson = (await loadLesson('data-rules'))!
      await recordLessonCompleted({
        lessonId: 'data-rules',
        minutes: 5,
        reviewCardIds: lesson.review.map((r) => r.id),
        now: new Date(Date.now() - 60_000),
      })
      const { wrapper } = await mountWithApp(ReviewPage, { path: '/learn/review', locale })
      const button = (label: string) =>
        wrapper.findAll('button').find((b) => b.text().startsWith(label))
      for (let i = 0; i < lesson.review.length; i++) {
        await waitFor(() => button(show) !== undefined, 4000)
        await button(show)!.trigger('click')
        await waitFor(() => button(easy) !== undefined)
        ;(button(easy)!.element as HTMLElement).focus()
        await button(easy)!.trigger('click')
        await waitFor(() => document.activeElement?.tagName === 'H2', 4000)
        const heading = document.activeElement as HTMLElement
        expect(heading.isConnected).toBe(true)
        if (i < lesson.review.length - 1)
          expect(heading.textContent?.trim()).toBe(lesson.review[i + 1]!.front[locale])
      }
      wrapper.unmount()
    })
  }
})

describe('when nothing is due: when the next card comes', () => {
  const state = (due: string) => ({
    cardId: 'data-rules-k1', lessonId: 'data-rules', due, stability: 3, difficulty: 5,
    scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, phase: 'review' as const,
    lastReview: '2026-12-05T10:00:00.000Z',
  })

  afterEach(() => vi.useRealTimers())

  it.each([
    ['nb', '2026-12-06T18:00:00.000Z', 'Neste kort kommer i dag.'],
    ['nb', '2026-12-07T08:00:00.000Z', 'Neste kort kommer i morgen.'],
    ['nb', '2026-12-09T08:00:00.000Z', 'Neste kort kommer onsdag 9. desember 2026.'],
    ['en', '2026-12-06T18:00:00.000Z', 'The next card is due today.'],
    ['en', '2026-12-09T08:00:00.000Z', 'The next card is due Wednesday, 9 December 2026.'],
  ] as const)('%s, due %s: "%s"', async (locale, due, words) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-06T10:00:00.000Z')) // Sunday, 11:00 in Oslo
    await db.reviewStates.put(state(due))
    const { wrapper } = await mountWithApp(ReviewPage, { path: '/learn/review', locale })
    await waitFor(() => wrapper.text().includes(words), 4000)
    wrapper.unmount()
  })
})
