import { beforeEach, describe, expect, it, vi } from 'vitest'
import LessonPage from '@/pages/LessonPage.vue'
import { db } from '@/data/db'
import { recordCardViewed, recordLessonStarted, recordQuizAnswer } from '@/data/repos/progress.repo'
import { loadLesson } from '@/content'
import type { Lesson } from '@/content/types'
import { quizAttemptSeed, seededOrder } from '@/domain/learning/shuffle'
import { mountWithApp, waitFor } from '../../helpers/mount'

let lesson: Lesson

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  lesson = (await loadLesson('data-rules'))!
})

const path = '/learn/lesson/data-rules'

async function openLesson() {
  const mounted = await mountWithApp(LessonPage, { path })
  await waitFor(() => mounted.wrapper.find('progress').exists())
  return mounted
}

function clickButton(wrapper: Awaited<ReturnType<typeof openLesson>>['wrapper'], label: string) {
  const button = wrapper.findAll('button').find((b) => b.text() === label)
  if (!button) throw new Error(`No button "${label}"`)
  return button.trigger('click')
}

describe('lesson player', () => {
  it('starts at the first card and records that the lesson started', async () => {
    const { wrapper } = await openLesson()
    expect(wrapper.text()).toContain(`Kort 1 av ${lesson.cards.length}`)
    expect(wrapper.get('h2').text()).toBe(lesson.cards[0]!.title.nb)
    await waitFor(() => wrapper.find('details.term').exists())
    await vi.waitFor(async () => {
      const kinds = (await db.progress_events.toArray()).map((e) => e.kind).sort()
      expect(kinds).toEqual(['card_viewed', 'started'])
    })
    wrapper.unmount()
  })

  it('resumes at the furthest card seen after a remount', async () => {
    await recordLessonStarted('data-rules')
    await recordCardViewed('data-rules', 0)
    await recordCardViewed('data-rules', 1)
    await recordCardViewed('data-rules', 2)
    const first = await openLesson()
    expect(first.wrapper.text()).toContain(`Kort 3 av ${lesson.cards.length}`)
    await clickButton(first.wrapper, 'Neste')
    await waitFor(() => first.wrapper.get('h2').text() === lesson.cards[3]!.title.nb)
    await waitFor(() => first.wrapper.text().includes('Kort 4 av'))
    // Let the card_viewed write land before the remount.
    await vi.waitFor(async () =>
      expect((await db.progress_events.toArray()).some((e) => e.card_index === 3)).toBe(true),
    )
    first.wrapper.unmount()

    const second = await openLesson()
    expect(second.wrapper.get('h2').text()).toBe(lesson.cards[3]!.title.nb)
    expect(second.wrapper.text()).toContain(`Kort 4 av ${lesson.cards.length}`)
    // Going back to re-read does not move the resume point.
    await clickButton(second.wrapper, 'Tilbake')
    await waitFor(() => second.wrapper.get('h2').text() === lesson.cards[2]!.title.nb)
    const furthest = Math.max(
      ...(await db.progress_events.toArray()).map((e) => e.card_index ?? -1),
    )
    expect(furthest).toBe(3)
    second.wrapper.unmount()
  })

  it('gives immediate feedback on a quiz answer: right or wrong, and why', async () => {
    await recordLessonStarted('data-rules')
    await recordCardViewed('data-rules', lesson.cards.length) // the worked example
    const { wrapper } = await openLesson()
    expect(wrapper.get('h2').text()).toBe('Eksempel: svak og sterk prompt')
    await clickButton(wrapper, 'Til quizen')
    const question = lesson.quiz[0]!
    await waitFor(() => wrapper.get('h2').text() === question.question.nb)
    expect(wrapper.text()).toContain(`Spørsmål 1 av ${lesson.quiz.length}`)

    const wrong = question.choices.find((c) => c.id !== question.correct)!
    await wrapper.get(`input[value="${wrong.id}"]`).setValue(true)
    const answer = wrapper.findAll('button').find((b) => b.text() === 'Svar')!
    ;(answer.element as HTMLElement).focus()
    await answer.trigger('click')
    await waitFor(() => wrapper.get('[role="status"]').text().includes('Ikke helt.'))
    // "Svar" is gone: focus moves on to the next action, not to <body>.
    await waitFor(() => document.activeElement?.textContent?.trim() === 'Neste spørsmål')
    const status = wrapper.get('[role="status"]').text()
    expect(status).toContain(question.explanation.nb)
    const right = question.choices.find((c) => c.id === question.correct)!
    expect(status).toContain(`Riktig svar: ${right.text.nb}`)
    const stored = await db.quiz_answers.toArray()
    expect(stored).toMatchObject([
      { question_id: question.id, choice_id: wrong.id, correct: false },
    ])

    await clickButton(wrapper, 'Neste spørsmål')
    const second = lesson.quiz[1]!
    await waitFor(() => wrapper.get('h2').text() === second.question.nb)
    await wrapper.get(`input[value="${second.correct}"]`).setValue(true)
    await clickButton(wrapper, 'Svar')
    await waitFor(() => wrapper.get('[role="status"]').text().includes('Riktig!'))
    expect(wrapper.get('[role="status"]').text()).toContain(second.explanation.nb)
    wrapper.unmount()
  })

  it('shows when a card that states a rule of law was last checked, and where to check it', async () => {
    const index = lesson.cards.findIndex((c) => c.legal)
    expect(index).toBeGreaterThanOrEqual(0)
    await recordLessonStarted('data-rules')
    await recordCardViewed('data-rules', index)
    const { wrapper } = await openLesson()
    expect(wrapper.get('h2').text()).toBe(lesson.cards[index]!.title.nb)
    const note = wrapper.get('.legal-note').text()
    expect(note).toContain('Sist sjekket 7. desember 2026.')
    expect(note).toContain(lesson.cards[index]!.legal!.check.nb)
    wrapper.unmount()
  })

  it('shows the choices in the order of this attempt, and the same order after a remount', async () => {
    await recordLessonStarted('data-rules')
    await recordCardViewed('data-rules', lesson.cards.length)
    const question = lesson.quiz[0]!
    const started = (await db.progress_events.toArray())
      .filter((e) => e.kind === 'started')
      .map((e) => e.occurred_at)
    const expected = seededOrder(
      question.choices,
      `${quizAttemptSeed('data-rules', started, '')}:${question.id}`,
    ).map((c) => c.id)

    const shownOrder = async () => {
      const { wrapper } = await openLesson()
      await clickButton(wrapper, 'Til quizen')
      await waitFor(() => wrapper.get('h2').text() === question.question.nb)
      const order = wrapper.findAll('input[type="radio"]').map((i) => i.attributes('value'))
      wrapper.unmount()
      return order
    }
    const first = await shownOrder()
    expect(first).toEqual(expected)
    expect([...first].sort()).toEqual(question.choices.map((c) => c.id).sort())
    expect(await shownOrder()).toEqual(first)
  })

  it('finishing writes completed and puts the key points into review', async () => {
    await recordLessonStarted('data-rules')
    for (const q of lesson.quiz) {
      await recordQuizAnswer({
        lessonId: 'data-rules',
        questionId: q.id,
        choiceId: q.correct,
        correct: true,
      })
    }
    const { wrapper } = await openLesson()
    expect(wrapper.get('h2').text()).toBe('Prøv det på din egen oppgave nå')
    expect(wrapper.find('a[href="/challenges"]').exists()).toBe(true)
    await clickButton(wrapper, 'Fullfør leksjonen')
    await waitFor(() => wrapper.get('h2').text() === 'Leksjonen er fullført')

    const completed = (await db.progress_events.toArray()).filter((e) => e.kind === 'completed')
    expect(completed).toHaveLength(1)
    expect(completed[0]!.minutes).toBeGreaterThanOrEqual(1)
    const states = await db.reviewStates.toArray()
    expect(states.map((s) => s.cardId).sort()).toEqual(lesson.review.map((r) => r.id).sort())
    const outboxTables = (await db.outbox.toArray()).map((e) => e.table)
    expect(outboxTables).not.toContain('reviewStates')

    const text = wrapper.text()
    for (const point of lesson.review) expect(text).toContain(point.front.nb)
    expect(text).toContain(`Quiz: ${lesson.quiz.length} av ${lesson.quiz.length} riktige`)
    await waitFor(() => wrapper.text().includes('Neste leksjon:'))
    wrapper.unmount()
  })

  for (const [locale, toQuiz, answer, next, chooseFirst] of [
    ['nb', 'Til quizen', 'Svar', 'Neste spørsmål', 'Velg et svar først.'],
    ['en', 'On to the quiz', 'Answer', 'Next question', 'Choose an answer first.'],
  ] as const) {
    it(`an answer without a choice is an alert tied to the options; an answer moves focus on (${locale})`, async () => {
      await recordLessonStarted('data-rules')
      await recordCardViewed('data-rules', lesson.cards.length)
      const mounted = await mountWithApp(LessonPage, { path, locale })
      const { wrapper } = mounted
      await waitFor(() => wrapper.find('progress').exists())
      await clickButton(wrapper, toQuiz)
      const question = lesson.quiz[0]!
      await waitFor(() => wrapper.get('h2').text() === question.question[locale])

      await clickButton(wrapper, answer)
      await waitFor(() => wrapper.find('[role="alert"]').exists())
      const alert = wrapper.get('[role="alert"]')
      expect(alert.text()).toBe(chooseFirst)
      const group = wrapper.get('fieldset')
      expect(group.attributes('aria-invalid')).toBe('true')
      expect(group.attributes('aria-describedby')).toBe(alert.attributes('id'))
      await waitFor(() => document.activeElement === wrapper.get('input[type="radio"]').element)

      await wrapper.get(`input[value="${question.correct}"]`).setValue(true)
      expect(wrapper.find('[role="alert"]').exists()).toBe(false)
      expect(wrapper.get('fieldset').attributes('aria-invalid')).toBeUndefined()
      await clickButton(wrapper, answer)
      await waitFor(() => document.activeElement?.textContent?.trim() === next)
      wrapper.unmount()
    })
  }
})
