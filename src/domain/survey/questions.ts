/**
 * The mapping survey's questions (PRODUCT.md H2, the seed's step 1 "Kartlegging"): fixed in code,
 * versioned (`SURVEY_VERSION`, stored in each answer as `v`). The server checks the same keys and
 * limits (supabase/migrations/20261208140000_survey.sql, private.valid_survey_answers); the words
 * live in the `survey` message namespace, keyed by these ids.
 */
import { competencyIds, type CompetencyId } from '../competence'

export const SURVEY_VERSION = 1

/** Which AI tools people use (several; anything else in `tools_other`). */
export const surveyTools = [
  'chatgpt',
  'copilot',
  'gemini',
  'claude',
  'transcription',
  'image',
  'code',
  'none',
] as const

/** For which tasks. */
export const surveyTasks = [
  'writing',
  'email',
  'summaries',
  'translation',
  'research',
  'analysis',
  'presentations',
  'meetings',
  'customers',
  'code',
  'ideas',
] as const

/** The biggest time thieves of a working day. */
export const surveyTimeThieves = [
  'email',
  'meetings',
  'reports',
  'searching',
  'admin',
  'rework',
  'data_entry',
  'coordination',
] as const

/** Where AI could make a difference. */
export const surveyPotentials = [
  'drafts',
  'summaries',
  'customer_service',
  'analysis',
  'translation',
  'research',
  'automation',
  'learning',
] as const

/** What holds it back (technical, regulatory, human). */
export const surveyBarriers = [
  'time',
  'skills',
  'tools',
  'data_rules',
  'quality',
  'trust',
  'leadership',
  'costs',
] as const

export type SurveyChoiceQuestion = 'tools' | 'tasks' | 'time_thieves' | 'potentials' | 'barriers'

export const surveyChoices: Record<SurveyChoiceQuestion, readonly string[]> = {
  tools: surveyTools,
  tasks: surveyTasks,
  time_thieves: surveyTimeThieves,
  potentials: surveyPotentials,
  barriers: surveyBarriers,
}

export const surveyChoiceQuestions = Object.keys(surveyChoices) as SurveyChoiceQuestion[]

/** Self-rated skill per competency: 1 = new to it … 4 = can teach others. */
export const surveySkillLevels = [1, 2, 3, 4] as const
export type SurveySkillLevel = (typeof surveySkillLevels)[number]
export const surveyCompetencies: readonly CompetencyId[] = competencyIds

/** The free-text fields (own columns on the server, each with its CHECK limit). */
export const surveyTextFields = [
  'tools_other',
  'time_thieves_text',
  'potentials_text',
  'barriers_text',
] as const
export type SurveyTextField = (typeof surveyTextFields)[number]

/** Characters per free-text field; the server's CHECKs say the same. */
export const SURVEY_TEXT_LIMITS: Record<SurveyTextField, number> = {
  tools_other: 120,
  time_thieves_text: 500,
  potentials_text: 500,
  barriers_text: 500,
}

/** A round's title (characters). */
export const SURVEY_TITLE_LIMIT = 120

/** The form's screens, one group each (like onboarding's assessment). */
export const surveyPages = ['tools', 'skills', 'time_thieves', 'potentials', 'barriers'] as const
export type SurveyPage = (typeof surveyPages)[number]

export interface SurveyAnswers {
  v: typeof SURVEY_VERSION
  tools: string[]
  tasks: string[]
  skills: Partial<Record<CompetencyId, SurveySkillLevel>>
  time_thieves: string[]
  potentials: string[]
  barriers: string[]
}

/** What a person fills in: the answers, the free texts and the quote consent. */
export interface SurveyForm {
  answers: SurveyAnswers
  texts: Record<SurveyTextField, string>
  quoteConsent: boolean
}

export function emptySurveyForm(): SurveyForm {
  return {
    answers: {
      v: SURVEY_VERSION,
      tools: [],
      tasks: [],
      skills: {},
      time_thieves: [],
      potentials: [],
      barriers: [],
    },
    texts: { tools_other: '', time_thieves_text: '', potentials_text: '', barriers_text: '' },
    quoteConsent: false,
  }
}
