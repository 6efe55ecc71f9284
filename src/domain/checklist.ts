/**
 * The critical checklist (C1). Each item is a statement about an AI output that the learner answers
 * yes (it holds), no (it does not: fix it before using the output) or not relevant.
 */
export const checklistItems = [
  'facts_checked',
  'invented_sources',
  'bias',
  'confidentiality',
  'fit_for_purpose',
] as const
export type ChecklistItem = (typeof checklistItems)[number]
export type ChecklistAnswer = 'yes' | 'no' | 'not_relevant'

/** The items not answered yet (a step of the challenge flow waits for all of them). */
export function unansweredItems(
  answers: Partial<Record<ChecklistItem, ChecklistAnswer>>,
): ChecklistItem[] {
  return checklistItems.filter((item) => !answers[item])
}
