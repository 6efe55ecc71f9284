/**
 * The competence model from the source text: three levels, each with its competencies.
 * Every lesson, challenge and self-assessment item maps to one competency.
 */
export const levels = ['basic', 'intermediate', 'expert'] as const
export type Level = (typeof levels)[number]

export const competencies = [
  { id: 'ai-basics', level: 'basic' },
  { id: 'own-tools', level: 'basic' },
  { id: 'simple-prompts', level: 'basic' },
  { id: 'critical-output', level: 'basic' },
  { id: 'data-compliance', level: 'basic' },
  { id: 'advanced-prompting', level: 'intermediate' },
  { id: 'ai-workflows', level: 'intermediate' },
  { id: 'quality-assurance', level: 'intermediate' },
  { id: 'ai-strategy', level: 'expert' },
  { id: 'roi-measurement', level: 'expert' },
  { id: 'law-ethics', level: 'expert' },
] as const satisfies readonly { id: string; level: Level }[]

export type CompetencyId = (typeof competencies)[number]['id']

export const competencyIds: readonly CompetencyId[] = competencies.map((c) => c.id)

export function levelOf(id: CompetencyId): Level {
  return competencies.find((c) => c.id === id)!.level
}

/** Departments that content is flavoured for (PRODUCT.md L5). */
export const departments = [
  'project',
  'sales',
  'marketing',
  'hr',
  'customer-service',
  'production',
  'finance',
  'management',
  'it',
  'purchasing',
] as const
export type Department = (typeof departments)[number]

/** The source text's three prompt-training modules. */
export type TrainingModule = 1 | 2 | 3

/** Self-assessment scale: 1 = new to it … 4 = can teach others. */
export type AssessmentLevel = 1 | 2 | 3 | 4

/** Data classes (X3): green public, yellow internal, red personal or confidential. */
export type DataClass = 'green' | 'yellow' | 'red'
