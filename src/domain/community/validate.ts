/**
 * Checks a post, comment, "I tried this too" or report against the schema's limits before it is
 * stored (the server checks the same; its refusal would come only later, after sync). Lengths are
 * counted in characters (Unicode code points), as PostgreSQL's char_length counts them.
 */
import type { DataClass } from '../competence'
import { isMinutes } from './minutes'
import {
  COMMENT_LIMIT,
  POST_LIMITS,
  postKinds,
  REPLICATION_NOTE_LIMIT,
  REPORT_NOTE_LIMIT,
  reportReasons,
  type PostKind,
  type ReportReason,
} from './limits'

export type FieldError =
  | { code: 'required' }
  | { code: 'too_long'; limit: number; over: number }
  | { code: 'out_of_range'; max: number }
  | { code: 'too_many'; limit: number }
  | { code: 'both_minutes' }
  | { code: 'invalid' }

export type Errors<K extends string> = Partial<Record<K, FieldError>>

/** Characters as PostgreSQL counts them: code points (an emoji ZWJ sequence is several). */
export function charLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/** The first `limit` code points of `text`, never cutting a surrogate pair in two. */
export function clampText(text: string, limit: number): string {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    if (n === limit) return text.slice(0, i)
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return text
}

function lengthError(text: string, limit: number, required = false): FieldError | undefined {
  if (required && !text.trim()) return { code: 'required' }
  const length = charLength(text)
  return length > limit ? { code: 'too_long', limit, over: length - limit } : undefined
}

/** A post as the composer hands it over (already trimmed or not: this trims). */
export interface PostInput {
  kind: PostKind
  title: string
  body: string
  task: string
  departmentId: string | null
  tool: string | null
  promptText: string
  minutesBefore: number | null
  minutesAfter: number | null
  dataClass: DataClass
  tags: readonly string[]
}

export type PostField =
  | 'kind'
  | 'title'
  | 'body'
  | 'task'
  | 'tool'
  | 'promptText'
  | 'minutesBefore'
  | 'minutesAfter'
  | 'dataClass'
  | 'tags'

/** Tags from what was typed: split on commas, trimmed, without '#', duplicates and blanks. */
export function parseTags(text: string | readonly string[]): string[] {
  const parts = typeof text === 'string' ? text.split(',') : text
  const seen = new Set<string>()
  const tags: string[] = []
  for (const part of parts) {
    const tag = part.trim().replace(/^#+/, '').trim()
    const key = tag.toLocaleLowerCase('nb')
    if (tag && !seen.has(key)) {
      seen.add(key)
      tags.push(tag)
    }
  }
  return tags
}

function minutesError(value: number | null): FieldError | undefined {
  if (value === null) return undefined
  return isMinutes(value) && value <= POST_LIMITS.minutes
    ? undefined
    : { code: 'out_of_range', max: POST_LIMITS.minutes }
}

export function validatePost(input: PostInput): Errors<PostField> {
  const errors: Errors<PostField> = {}
  const set = (field: PostField, error: FieldError | undefined) => {
    if (error) errors[field] = error
  }
  if (!postKinds.includes(input.kind)) set('kind', { code: 'invalid' })
  set('title', lengthError(input.title.trim(), POST_LIMITS.title, true))
  set('body', lengthError(input.body.trim(), POST_LIMITS.body))
  set('task', lengthError(input.task.trim(), POST_LIMITS.task))
  set('tool', lengthError(input.tool ?? '', POST_LIMITS.tool))
  set('promptText', lengthError(input.promptText.trim(), POST_LIMITS.prompt))
  set('minutesBefore', minutesError(input.minutesBefore))
  set('minutesAfter', minutesError(input.minutesAfter))
  if (
    !errors.minutesBefore &&
    !errors.minutesAfter &&
    (input.minutesBefore === null) !== (input.minutesAfter === null)
  ) {
    set(input.minutesBefore === null ? 'minutesBefore' : 'minutesAfter', { code: 'both_minutes' })
  }
  if (!['green', 'yellow', 'red'].includes(input.dataClass)) set('dataClass', { code: 'invalid' })
  const tags = parseTags(input.tags)
  if (tags.length > POST_LIMITS.tags) set('tags', { code: 'too_many', limit: POST_LIMITS.tags })
  else {
    const long = tags.find((tag) => charLength(tag) > POST_LIMITS.tag)
    if (long) set('tags', lengthError(long, POST_LIMITS.tag))
  }
  return errors
}

export function validateComment(body: string): Errors<'body'> {
  const error = lengthError(body.trim(), COMMENT_LIMIT, true)
  return error ? { body: error } : {}
}

export interface ReplicationInput {
  minutesBefore: number | null
  minutesAfter: number | null
  note: string
}

export function validateReplication(
  input: ReplicationInput,
): Errors<'minutesBefore' | 'minutesAfter' | 'note'> {
  const errors: Errors<'minutesBefore' | 'minutesAfter' | 'note'> = {}
  for (const field of ['minutesBefore', 'minutesAfter'] as const) {
    const value = input[field]
    const error = value === null ? { code: 'required' as const } : minutesError(value)
    if (error) errors[field] = error
  }
  const note = lengthError(input.note.trim(), REPLICATION_NOTE_LIMIT)
  if (note) errors.note = note
  return errors
}

export function validateReport(input: {
  reason: ReportReason | null
  note: string
}): Errors<'reason' | 'note'> {
  const errors: Errors<'reason' | 'note'> = {}
  if (!input.reason || !reportReasons.includes(input.reason)) errors.reason = { code: 'required' }
  const note = lengthError(input.note.trim(), REPORT_NOTE_LIMIT)
  if (note) errors.note = note
  return errors
}

export function validateModerationReason(reason: string): Errors<'reason'> {
  const error = lengthError(reason.trim(), POST_LIMITS.moderationReason, true)
  return error ? { reason: error } : {}
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0
}
