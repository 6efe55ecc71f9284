/** The onboarding steps in order (shared by the onboarding repo and the boot copy). */
export const onboardingSteps = ['language', 'role', 'assessment', 'window', 'start'] as const
export type OnboardingStep = (typeof onboardingSteps)[number]
