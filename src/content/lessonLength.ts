import type { Lesson, Localized } from './types'

/** Reading speed the lesson length is measured at (the measure: 200 words a minute). */
export const WORDS_PER_MINUTE = 200

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** Everything a learner reads in a lesson, in one language: cards, example, quiz, try-it. */
function lessonText(lesson: Lesson, lang: keyof Localized): string[] {
  const { example } = lesson
  return [
    ...lesson.cards.flatMap((c) => [c.title[lang], c.body[lang]]),
    ...[example.situation, example.weakPrompt, example.strongPrompt, example.whyItWorks].map(
      (t) => t[lang],
    ),
    ...lesson.quiz.flatMap((q) => [
      q.question[lang],
      ...q.choices.map((c) => c.text[lang]),
      q.explanation[lang],
    ]),
    lesson.tryIt[lang],
  ]
}

/** Words read in the longer of the two languages. */
export function lessonWords(lesson: Lesson): number {
  const count = (lang: keyof Localized) =>
    lessonText(lesson, lang).reduce((sum, text) => sum + words(text), 0)
  return Math.max(count('nb'), count('en'))
}

/** The lesson's length in whole minutes: its reading, quiz and try-it at 200 words a minute. */
export function lessonMinutes(lesson: Lesson): number {
  return Math.max(1, Math.ceil(lessonWords(lesson) / WORDS_PER_MINUTE))
}
