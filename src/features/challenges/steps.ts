import type { ChallengeDraft } from '@/data/repos/draft.repo'
import { checklistItems } from '@/data/repos/challenge.repo'
import { isMinutesSaved, MAX_MINUTES_SAVED_PER_ATTEMPT } from '@/domain/minutesSaved'
import { attemptTextsFit } from '@/domain/textLimits'

/** The challenge flow (C1), one thing per screen. The step is saved in the draft. */
export const challengeSteps = ['task', 'prompt', 'copy', 'output', 'check', 'score'] as const
export type ChallengeStep = (typeof challengeSteps)[number]

export function isChallengeStep(value: unknown): value is ChallengeStep {
  return (challengeSteps as readonly unknown[]).includes(value)
}

/** What stops a step from going on: field → message key under `challenge.errors`. */
export type StepErrors = Partial<Record<'prompt' | 'copy' | 'output' | 'check' | 'score' | 'minutes', string>>

/**
 * The checks of one step. `findings`: what the privacy guard finds in the prompt now;
 * `copiedAnyway`: the person copied it despite them (the copy step then lets them on).
 */
export function stepErrors(
  step: ChallengeStep,
  d: Pick<ChallengeDraft, 'prompt' | 'output' | 'checklist' | 'self_score' | 'minutes_saved'>,
  context: { findings: number; copiedAnyway: boolean },
): StepErrors {
  const e: StepErrors = {}
  if (step === 'prompt' && !d.prompt.trim()) e.prompt = 'promptEmpty'
  if (step === 'copy' && context.findings && !context.copiedAnyway) e.copy = 'findingsRemain'
  if (step === 'output' && !d.output.trim()) e.output = 'outputEmpty'
  else if (step === 'output' && !attemptTextsFit(d.prompt, d.output)) e.output = 'tooLong'
  if (step === 'check' && checklistItems.some((item) => !d.checklist[item])) e.check = 'checklistIncomplete'
  if (step === 'score') {
    if (d.self_score === null) e.score = 'scoreMissing'
    if (!isMinutesSaved(d.minutes_saved, MAX_MINUTES_SAVED_PER_ATTEMPT)) e.minutes = 'minutes'
  }
  return e
}
