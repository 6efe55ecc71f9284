/**
 * The organisation's prompt library (PRODUCT.md P1–P3): a prompt's field limits — the server's
 * CHECK constraints (supabase/migrations/20251126100300_library.sql) — and how a submitted or
 * edited prompt is cleaned before it is stored.
 */
import type { DataClass, Level } from './competence'

export const PROMPT_LIMITS = { title: 200, body: 20000, task: 200, department: 60, tags: 12 }

export class InvalidPromptError extends Error {
  constructor(
    readonly field: string,
    readonly code: 'required' | 'too_long' | 'out_of_range',
  ) {
    super(`Invalid prompt ${field}: ${code}`)
    this.name = 'InvalidPromptError'
  }
}

export interface PromptInput {
  title: string
  body: string
  department: string | null
  task: string | null
  level: Level | null
  dataClass: DataClass
  tags: string[]
  tools: string[]
}

/**
 * A prompt's fields as stored: trimmed, empty optional fields null, tags and tools without
 * duplicates. Throws InvalidPromptError for a missing title or body, or a field over its limit.
 */
export function cleanPrompt(input: PromptInput) {
  const title = input.title.trim()
  const body = input.body.trim()
  const task = input.task?.trim() || null
  const department = input.department?.trim() || null
  const tags = [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))]
  if (!title) throw new InvalidPromptError('title', 'required')
  if (title.length > PROMPT_LIMITS.title) throw new InvalidPromptError('title', 'too_long')
  if (!body) throw new InvalidPromptError('body', 'required')
  if (body.length > PROMPT_LIMITS.body) throw new InvalidPromptError('body', 'too_long')
  if (task && task.length > PROMPT_LIMITS.task) throw new InvalidPromptError('task', 'too_long')
  if (department && department.length > PROMPT_LIMITS.department) {
    throw new InvalidPromptError('department', 'too_long')
  }
  if (tags.length > PROMPT_LIMITS.tags) throw new InvalidPromptError('tags', 'too_long')
  return {
    title,
    body,
    task,
    department,
    level: input.level,
    data_class: input.dataClass,
    tags,
    tools: [...new Set(input.tools)],
  }
}
