/**
 * One prompt as the library shows it, whether it ships with Løft (a starter prompt, in the
 * learner's language) or belongs to the organisation (a `prompts` row from the device's database).
 */
import type { LibraryPrompt } from '@/content/types'
import type { DataClass, Level } from '@/domain/competence'
import { levels } from '@/domain/competence'
import type { PromptRow } from '@/data/db'

export type LibrarySource = 'starter' | 'organisation'

export interface LibraryItem {
  id: string
  source: LibrarySource
  title: string
  /** The prompt text with `{{key}}` placeholders. */
  body: string
  task: string
  /** A department id (`sales`, `hr` …) or, for an organisation's prompt, its own word. */
  department: string | null
  level: Level | null
  dataClass: DataClass
  tags: string[]
  /** The tools the prompt was written for; empty: any tool approved for its data class. */
  tools: string[]
  featured: boolean
  /** `submitted`: the learner's own prompt, waiting for an ambassador. */
  status: 'approved' | 'submitted'
  /** Labels for the placeholders, by key (starter prompts have them; others show the key). */
  placeholderLabels: Record<string, string>
}

export type ContentLocale = 'nb' | 'en'

export function fromStarter(prompt: LibraryPrompt, locale: ContentLocale): LibraryItem {
  return {
    id: prompt.id,
    source: 'starter',
    title: prompt.title[locale],
    body: prompt.body[locale],
    task: prompt.task[locale],
    department: prompt.department,
    level: prompt.level,
    dataClass: prompt.dataClass,
    tags: prompt.tags,
    tools: [],
    featured: false,
    status: 'approved',
    placeholderLabels: Object.fromEntries(
      prompt.placeholders.map((p) => [p.key[locale], p.label[locale]]),
    ),
  }
}

function asLevel(value: string | null | undefined): Level | null {
  return (levels as readonly string[]).includes(value ?? '') ? (value as Level) : null
}

export function fromRow(row: PromptRow): LibraryItem {
  return {
    id: row.id,
    source: 'organisation',
    title: row.title,
    body: row.body,
    task: row.task ?? '',
    department: row.department ?? null,
    level: asLevel(row.level),
    dataClass: row.data_class,
    tags: row.tags,
    tools: row.tools,
    featured: row.featured,
    status: row.status === 'submitted' ? 'submitted' : 'approved',
    placeholderLabels: {},
  }
}
