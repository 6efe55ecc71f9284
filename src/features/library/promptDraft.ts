import { levels, type DataClass, type Level } from '@/domain/competence'
import { dataClasses } from '@/domain/dataRules'
import type { PromptRow } from '@/data/db'
import type { PromptInput } from '@/domain/library'

/** What the prompt form edits: the prompt's fields, tags as one comma-separated line. */
export interface PromptDraft {
  title: string
  body: string
  department: string
  task: string
  level: Level | ''
  dataClass: DataClass
  tagsText: string
  tools: string[]
}

export function emptyDraft(): PromptDraft {
  return {
    title: '',
    body: '',
    department: '',
    task: '',
    level: '',
    dataClass: 'green',
    tagsText: '',
    tools: [],
  }
}

/**
 * A draft read back from storage, field by field (an older version or a tampered store may have
 * written other types): wrong fields become empty, and anything but an object is no draft.
 */
export function parsePromptDraft(stored: unknown): PromptDraft | null {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null
  const draft = stored as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const level = levels.find((known) => known === draft.level) ?? ''
  return {
    title: text(draft.title),
    body: text(draft.body),
    department: text(draft.department),
    task: text(draft.task),
    level,
    dataClass: dataClasses.find((known) => known === draft.dataClass) ?? 'green',
    tagsText: text(draft.tagsText),
    tools: Array.isArray(draft.tools) ? draft.tools.filter((t): t is string => typeof t === 'string') : [],
  }
}

export function draftFromRow(row: PromptRow): PromptDraft {
  return {
    title: row.title,
    body: row.body,
    department: row.department ?? '',
    task: row.task ?? '',
    level: (row.level as Level | null) ?? '',
    dataClass: row.data_class,
    tagsText: row.tags.join(', '),
    tools: [...row.tools],
  }
}

export function draftToInput(draft: PromptDraft): PromptInput {
  return {
    title: draft.title,
    body: draft.body,
    department: draft.department || null,
    task: draft.task || null,
    level: draft.level || null,
    dataClass: draft.dataClass,
    tags: draft.tagsText.split(','),
    tools: draft.tools,
  }
}

/**
 * A draft offering a challenge attempt's prompt to the library (P2): the challenge's title, level
 * and data class, the learner's department, the tools allowed for that class, the prompt as written.
 * A red task (e.g. a complaint with personal data) gives a yellow prompt once the personal data is
 * out of it, as on the challenge's copy step: the prompt itself is what is shared.
 */
export function draftFromAttempt(input: {
  prompt: string
  title: string
  level: Level
  dataClass: DataClass
  department: string | null
  tools: string[]
}): PromptDraft {
  return {
    ...emptyDraft(),
    title: input.title,
    body: input.prompt,
    department: input.department ?? '',
    level: input.level,
    dataClass: promptClassOf(input.dataClass),
    tools: [...input.tools],
  }
}

export function promptClassOf(challengeClass: DataClass): DataClass {
  return challengeClass === 'red' ? 'yellow' : challengeClass
}
