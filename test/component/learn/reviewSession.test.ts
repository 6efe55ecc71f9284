import { beforeEach, describe, expect, it } from 'vitest'
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
