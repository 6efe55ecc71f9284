import type {
  CompetencyId,
  DataClass,
  Department,
  Level,
  TrainingModule,
} from '@/domain/competence'

/** Every text in content exists in bokmål and English. Plain text; `**bold**` is allowed. */
export interface Localized {
  nb: string
  en: string
}

/**
 * A card that states a rule of law (the AI Act, GDPR, the Working Environment Act …) says when
 * it was last checked and where to check it again: rules and their dates change.
 */
export interface LegalNote {
  /** The day the statement was last checked against its sources (YYYY-MM-DD). */
  asOf: string
  /** Where to check that it still holds (e.g. regjeringen.no, Datatilsynet). */
  check: Localized
}

export interface LessonCard {
  id: string
  title: Localized
  body: Localized
  /** An AI term explained the first time it appears (a tap shows the definition). */
  term?: { word: Localized; definition: Localized }
  /** Required when the card states a rule of law (test/unit/content.schema.test.ts). */
  legal?: LegalNote
}

export interface QuizChoice {
  id: string
  text: Localized
}

export interface QuizQuestion {
  id: string
  question: Localized
  choices: QuizChoice[]
  /** The id of the one right choice. */
  correct: string
  /** Why the right answer is right (shown after answering). */
  explanation: Localized
}

export interface WorkedExample {
  department: Department
  /** The job situation, e.g. a project manager writing an offer. */
  situation: Localized
  /** A weak prompt and a better one, with what made the difference. */
  weakPrompt: Localized
  strongPrompt: Localized
  whyItWorks: Localized
}

/** A key point that comes back in spaced review. */
export interface ReviewCard {
  id: string
  front: Localized
  back: Localized
}

export interface Lesson {
  id: string
  /** Order in the starter curriculum (the compliance lesson is 1). */
  order: number
  competency: CompetencyId
  level: Level
  module: TrainingModule
  minutes: number
  /** True for the data rules and compliance lesson, always taken first. */
  compliance?: boolean
  /** Counts towards the AI-literacy record (X4): compliance and tool modules. */
  literacy?: boolean
  title: Localized
  summary: Localized
  /** 5–10 short cards. */
  cards: LessonCard[]
  example: WorkedExample
  /** 3–5 questions. */
  quiz: QuizQuestion[]
  tryIt: Localized
  /** 2–4 key points for spaced review. */
  review: ReviewCard[]
  /** Job roles / departments this lesson is especially useful for (empty: everyone). */
  departments: Department[]
}

/** A prompt challenge (C1): a real task the learner solves with an approved AI tool. */
export interface PromptChallenge {
  id: string
  competency: CompetencyId
  level: Level
  dataClass: DataClass
  minutes: number
  title: Localized
  /** The task in general terms. */
  task: Localized
  /** The same task in a department's flavour (at least two departments). */
  flavours: Partial<Record<Department, Localized>>
  /** Tips shown beside the prompt editor. */
  hints: Localized[]
  /** One good prompt for the task, shown after the attempt. */
  examplePrompt: Localized
}

/** The kinds of error today's models make, planted in spot-the-flaw answers. */
export const flawKinds = [
  /** Leaves out a condition the rule, price or offer depends on. */
  'omitted-condition',
  /** An old rate, amount or repealed rule stated as today's. */
  'outdated-fact',
  /** A confident source, report or paragraph nobody can find. */
  'unverifiable-source',
  /** A summary that quietly changes a number, date, name or status from the input. */
  'changed-detail',
  /** Advice to use a tool or channel that is not approved for the data. */
  'outside-approved-tools',
  /** A rule or fact stated wrongly. */
  'wrong-fact',
  /** A promise, guarantee or claim nobody made or can back up. */
  'invented-claim',
  /** Internal or personal information from the prompt ends up in the text. */
  'confidential-leak',
  /** Wording that excludes or discriminates. */
  'bias',
  /** A calculation slip. */
  'arithmetic',
] as const
export type FlawKind = (typeof flawKinds)[number]

export interface FlawSentence {
  id: string
  text: Localized
  /** True for a planted error. */
  flawed: boolean
  /** For a flawed sentence: the kind of error (required then). */
  kind?: FlawKind
  /** For a flawed sentence: what is wrong and how to check it. */
  explanation?: Localized
}

/**
 * Spot the flaw (C2): an AI answer with 0–4 planted errors, marked sentence by sentence. The
 * screen never says how many there are; "nothing wrong" is a possible answer.
 */
export interface SpotTheFlaw {
  id: string
  competency: CompetencyId
  level: Level
  department: Department
  title: Localized
  /** What was asked of the AI. */
  request: Localized
  sentences: FlawSentence[]
}

export interface PromptPlaceholder {
  /**
   * Used as {{key}} in the body of each language, in one style: lower case, words joined by `_`;
   * bokmål keys are bokmål words (with æ, ø, å), English keys English words, so an English prompt
   * never shows a Norwegian key. The learner sees the label (a chip) until the field is filled.
   */
  key: Localized
  label: Localized
}

/** A starter prompt for the shared library (P1). */
export interface LibraryPrompt {
  id: string
  title: Localized
  /** The prompt text, with {{key}} placeholders. */
  body: Localized
  department: Department
  task: Localized
  level: Level
  dataClass: DataClass
  tags: string[]
  placeholders: PromptPlaceholder[]
}
