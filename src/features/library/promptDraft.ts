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
