import type { ChecklistAnswer } from '@/domain/checklist'

const known: readonly string[] = ['yes', 'no', 'not_relevant'] satisfies ChecklistAnswer[]

/**
 * The message key of a checklist answer as stored on an attempt. An attempt may come from another
 * device or version (synced), so a missing checklist or an answer this version doesn't know reads
 * "not answered" rather than a raw message key.
 */
export function checklistAnswerKey(checklist: unknown, item: string): ChecklistAnswer | 'unanswered' {
  if (!checklist || typeof checklist !== 'object' || !Object.hasOwn(checklist, item)) return 'unanswered'
  const answer = (checklist as Record<string, unknown>)[item]
  return typeof answer === 'string' && known.includes(answer) ? (answer as ChecklistAnswer) : 'unanswered'
}
