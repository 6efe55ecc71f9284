/** Checking a survey form on the device (the server checks the same: shape, keys, sizes). */
import {
  SURVEY_TEXT_LIMITS,
  SURVEY_VERSION,
  emptySurveyForm,
  surveyChoiceQuestions,
  surveyChoices,
  surveyCompetencies,
  surveyTextFields,
  type SurveyAnswers,
  type SurveyForm,
  type SurveySkillLevel,
} from './questions'

export type SurveyProblem =
  | { code: 'text_too_long'; field: (typeof surveyTextFields)[number]; limit: number }
  | { code: 'unknown_choice'; question: string }
  | { code: 'bad_skill'; competency: string }

/** Problems that stop the form from being saved (none: it may be saved). */
export function checkSurveyForm(form: SurveyForm): SurveyProblem[] {
  const problems: SurveyProblem[] = []
  for (const q of surveyChoiceQuestions) {
    const list = form.answers[q]
    if (new Set(list).size !== list.length || list.some((x) => !surveyChoices[q].includes(x))) {
      problems.push({ code: 'unknown_choice', question: q })
    }
  }
  for (const [k, v] of Object.entries(form.answers.skills)) {
    if (
      !(surveyCompetencies as readonly string[]).includes(k) ||
      ![1, 2, 3, 4].includes(v as number)
    ) {
      problems.push({ code: 'bad_skill', competency: k })
    }
  }
  for (const field of surveyTextFields) {
    const limit = SURVEY_TEXT_LIMITS[field]
    if ([...form.texts[field]].length > limit)
      problems.push({ code: 'text_too_long', field, limit })
  }
  return problems
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A form read back from storage (a draft, a stored answer): what is usable of it is kept —
 * unknown choices and levels are dropped, texts cut to their limits — or null if it is not a form.
 */
export function parseSurveyForm(value: unknown): SurveyForm | null {
  if (!isObject(value) || !isObject(value.answers) || !isObject(value.texts)) return null
  const form = emptySurveyForm()
  const answers = value.answers
  for (const q of surveyChoiceQuestions) {
    const list = answers[q]
    if (Array.isArray(list)) {
      form.answers[q] = [...new Set(list.filter((x): x is string => surveyChoices[q].includes(x)))]
    }
  }
  if (isObject(answers.skills)) {
    for (const c of surveyCompetencies) {
      const level = answers.skills[c]
      if (level === 1 || level === 2 || level === 3 || level === 4) form.answers.skills[c] = level
    }
  }
  for (const field of surveyTextFields) {
    const text = value.texts[field]
    if (typeof text === 'string') {
      form.texts[field] = [...text].slice(0, SURVEY_TEXT_LIMITS[field]).join('')
    }
  }
  form.quoteConsent = value.quoteConsent === true
  return form
}

/** The stored row's answers as the form holds them. */
export function surveyFormFromRow(row: {
  answers: unknown
  tools_other: string
  time_thieves_text: string
  potentials_text: string
  barriers_text: string
  quote_consent: boolean
}): SurveyForm {
  return (
    parseSurveyForm({
      answers: row.answers,
      texts: {
        tools_other: row.tools_other,
        time_thieves_text: row.time_thieves_text,
        potentials_text: row.potentials_text,
        barriers_text: row.barriers_text,
      },
      quoteConsent: row.quote_consent,
    }) ?? emptySurveyForm()
  )
}

/** The answers in the server's shape (fixed key order, choices in the questions' order). */
export function answersForServer(answers: SurveyAnswers): SurveyAnswers {
  const ordered = (q: (typeof surveyChoiceQuestions)[number]) =>
    surveyChoices[q].filter((x) => answers[q].includes(x))
  const skills: Partial<Record<string, SurveySkillLevel>> = {}
  for (const c of surveyCompetencies) if (answers.skills[c]) skills[c] = answers.skills[c]
  return {
    v: SURVEY_VERSION,
    tools: ordered('tools'),
    tasks: ordered('tasks'),
    skills,
    time_thieves: ordered('time_thieves'),
    potentials: ordered('potentials'),
    barriers: ordered('barriers'),
  }
}
