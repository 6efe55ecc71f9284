/** The challenge flow (C1), one thing per screen. The step is saved in the draft. */
export const challengeSteps = ['task', 'prompt', 'copy', 'output', 'check', 'score'] as const
export type ChallengeStep = (typeof challengeSteps)[number]

export function isChallengeStep(value: unknown): value is ChallengeStep {
  return (challengeSteps as readonly unknown[]).includes(value)
}
