import type { DataClass, Level } from '@/domain/competence'
import type { PromptRow } from '@/data/db'
import type { PromptInput } from '@/data/repos/library.repo'

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
