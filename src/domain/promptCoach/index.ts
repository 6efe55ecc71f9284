/**
 * The prompt coach (PRODUCT.md C1): checks a learner's prompt on the device for the six elements
 * of a good prompt and for typical mistakes, and suggests what to add. Pure and deterministic:
 * the same prompt always gives the same result. It gives codes, never sentences; the UI shows
 * them through i18n keys `coach.issue.<code>` and `coach.suggestion.<code>`.
 *
 * It reads bokmål and English at the same time (people mix them), so `locale` only breaks a tie
 * when it guesses which language the prompt is written in.
 */
import {
  AUDIENCE,
  CONSTRAINTS,
  CONTEXT,
  EN_WORD,
  EXAMPLES,
  FORMAT,
  NB_LETTER,
  NB_WORD,
  NUMBERED_STEP,
  QUOTED,
  ROLE,
  TASK_VERB,
  TASK_VERB_LEMMA,
  VAGUE,
  WRITING_FOR_SOMEONE,
} from './patterns'

export const coachElements = [
  'role',
  'context',
  'task',
  'format',
  'constraints',
  'examples',
] as const
export type CoachElement = (typeof coachElements)[number]

export type CoachIssueCode =
  'empty' | 'too_short' | 'too_vague' | 'no_task' | 'several_tasks' | 'no_audience'

export type CoachSuggestionCode =
  | 'add_task'
  | 'add_context'
  | 'name_audience'
  | 'add_format'
  | 'add_role'
  | 'add_constraints'
  | 'add_example'
  | 'be_specific'
  | 'add_details'
  | 'split_tasks'
  | 'ask_for_uncertainty'

export interface CoachIssue {
  code: CoachIssueCode
  /** 'warning' costs points; 'info' is worth knowing but the prompt can work as it is. */
  severity: 'warning' | 'info'
}

export interface CoachSuggestion {
  code: CoachSuggestionCode
  /** The element the suggestion adds, when it adds one. */
  element?: CoachElement
}

export interface CoachResult {
  /** 0–100. */
  score: number
  elements: Record<CoachElement, boolean>
  issues: CoachIssue[]
  /** Most useful first; the UI may show the first two or three. */
  suggestions: CoachSuggestion[]
  /** The language the prompt seems to be written in, so examples can be shown in it. */
  language: 'nb' | 'en'
  wordCount: number
  /** The distinct task verbs found at the start of a clause ("skriv", "summarise" …). */
  tasks: string[]
}

export interface CoachOptions {
  locale?: 'nb' | 'en'
}

/** Points per element; together with DETAIL_POINTS they make 100. */
const ELEMENT_POINTS: Record<CoachElement, number> = {
  task: 25,
  context: 20,
  format: 15,
  constraints: 15,
  role: 10,
  examples: 10,
}
/** A prompt of DETAILED_WORDS words or more has room for the details that make answers useful. */
const DETAIL_POINTS = 5
const DETAILED_WORDS = 30
const SHORT_WORDS = 8
const SEVERAL_TASKS = 3

const ISSUE_PENALTY: Record<CoachIssueCode, number> = {
  empty: 0,
  too_short: 10,
  too_vague: 10,
  no_task: 0, // already costs the task's points
  several_tasks: 5,
  no_audience: 5,
}

export function coachPrompt(prompt: string, options: CoachOptions = {}): CoachResult {
  const text = prompt.trim()
  const wordCount = countWords(text)
  const language = guessLanguage(text, options.locale ?? 'nb')
  const tasks = taskVerbs(text)
  const isQuestion = /\?\s*$/u.test(text) || /\?\s/u.test(text)

  const audience = AUDIENCE.test(text)
  const elements: Record<CoachElement, boolean> = {
    role: ROLE.test(text),
    context: audience || CONTEXT.test(text),
    task: tasks.length > 0 || isQuestion,
    format: FORMAT.test(text),
    constraints: CONSTRAINTS.test(text),
    examples: EXAMPLES.test(text) || hasQuotedSample(text),
  }

  const issues = findIssues(text, wordCount, elements, tasks, audience)
  const suggestions = suggest(elements, issues, text)

  let score = wordCount >= DETAILED_WORDS ? DETAIL_POINTS : 0
  for (const element of coachElements) if (elements[element]) score += ELEMENT_POINTS[element]
  for (const issue of issues) score -= ISSUE_PENALTY[issue.code]
  score = text === '' ? 0 : Math.max(0, Math.min(100, score))

  return { score, elements, issues, suggestions, language, wordCount, tasks }
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
}

function taskVerbs(text: string): string[] {
  const verbs = new Set<string>()
  for (const match of text.matchAll(TASK_VERB)) {
    const form = match[1]!.toLowerCase().replace(/\s+/g, ' ')
    verbs.add(TASK_VERB_LEMMA.get(form) ?? form)
  }
  return [...verbs]
}

function hasQuotedSample(text: string): boolean {
  for (const match of text.matchAll(QUOTED)) {
    if (countWords(match[1]!) >= 4) return true
  }
  return false
}

function guessLanguage(text: string, fallback: 'nb' | 'en'): 'nb' | 'en' {
  const nb = (text.match(NB_WORD)?.length ?? 0) + (text.match(NB_LETTER)?.length ?? 0)
  const en = text.match(EN_WORD)?.length ?? 0
  if (nb === en) return fallback
  return nb > en ? 'nb' : 'en'
}

function findIssues(
  text: string,
  wordCount: number,
  elements: Record<CoachElement, boolean>,
  tasks: string[],
  audience: boolean,
): CoachIssue[] {
  if (text === '') return [{ code: 'empty', severity: 'warning' }]
  const issues: CoachIssue[] = []
  if (wordCount < SHORT_WORDS) issues.push({ code: 'too_short', severity: 'warning' })

  // Vague: asks for "something about …", or names a task with almost nothing around it.
  const supporting = (['context', 'format', 'constraints', 'role', 'examples'] as const).filter(
    (e) => elements[e],
  ).length
  if (VAGUE.test(text) ? supporting < 3 : wordCount < 20 && supporting < 2) {
    issues.push({ code: 'too_vague', severity: 'warning' })
  }

  if (!elements.task) issues.push({ code: 'no_task', severity: 'warning' })

  // Several tasks in one prompt give shallow answers — unless they are already numbered steps.
  const numberedSteps = text.match(NUMBERED_STEP)?.length ?? 0
  if (tasks.length >= SEVERAL_TASKS && numberedSteps < 2) {
    issues.push({ code: 'several_tasks', severity: 'info' })
  }

  if (elements.task && !audience && WRITING_FOR_SOMEONE.test(text)) {
    issues.push({ code: 'no_audience', severity: 'warning' })
  }
  return issues
}

/** The prompt already guards against invented facts: asks to flag doubt, cite sources, not guess. */
const UNCERTAINTY =
  /usikker|ikke vet|kilde|finn på|dikt|gjett|hold deg til|unsure|uncertain|don't know|do not know|source|verify|invent|make up|guess|stick to|fact-check|sjekk fakta/iu

function suggest(
  elements: Record<CoachElement, boolean>,
  issues: CoachIssue[],
  text: string,
): CoachSuggestion[] {
  const has = (code: CoachIssueCode) => issues.some((i) => i.code === code)
  const suggestions: CoachSuggestion[] = []
  if (text === '') return [{ code: 'add_task', element: 'task' }]

  // The most useful first: what to do, for whom and with what, in what shape, then polish.
  if (!elements.task) suggestions.push({ code: 'add_task', element: 'task' })
  if (has('too_vague')) suggestions.push({ code: 'be_specific' })
  if (!elements.context) suggestions.push({ code: 'add_context', element: 'context' })
  if (has('no_audience')) suggestions.push({ code: 'name_audience', element: 'context' })
  if (!elements.format) suggestions.push({ code: 'add_format', element: 'format' })
  if (has('several_tasks')) suggestions.push({ code: 'split_tasks' })
  if (!elements.role) suggestions.push({ code: 'add_role', element: 'role' })
  if (!elements.constraints) suggestions.push({ code: 'add_constraints', element: 'constraints' })
  if (!elements.examples) suggestions.push({ code: 'add_example', element: 'examples' })
  if (has('too_short') && !has('too_vague')) suggestions.push({ code: 'add_details' })
  if (elements.task && !UNCERTAINTY.test(text)) suggestions.push({ code: 'ask_for_uncertainty' })
  return suggestions
}
