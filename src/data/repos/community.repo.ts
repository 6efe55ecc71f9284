/**
 * The community (PRODUCT.md F1, F2; issue 16): posts, comments, the person's reactions and "I
 * tried this too", reports and moderation. Reads are usable inside liveQuery; every write is one
 * Dexie transaction holding the row and its outbox entry (saveWithOutbox).
 *
 * Server rules (supabase/migrations/20261208100000_*, the contract in the community-schema brief):
 * members of the organisation insert; only the author edits a post's content or deletes it; only
 * an ambassador or admin changes `status` / `moderation_reason` (the server stamps who and when);
 * the server owns the author, timestamps, revision and the post's aggregates, so the values a
 * device writes for them are placeholders until the pull brings the server's.
 */
import {
  hasErrors,
  parseTags,
  validateComment,
  validateModerationReason,
  validatePost,
  validateReplication,
  validateReport,
  type Errors,
  type PostField,
  type PostInput,
  type PostSource,
  type ReactionKind,
  type ReplicationInput,
  type ReportReason,
} from '@/domain/community'
import type {
  CommunityCommentRow,
  CommunityPostRow,
  CommunityReactionRow,
  CommunityReplicationRow,
  CommunityReportRow,
  DepartmentRow,
  ReactionCounts,
} from '../db'
import { loadedDb, openDb } from '../openDb'
import { deleteWithOutbox, saveWithOutbox } from './outbox'
import { isOwnRow } from './owner'
import { NoOrganisationError, organisationFor } from './membership.repo'

export type { CommunityCommentRow, CommunityPostRow, CommunityReportRow }

/** A form's fields broke a limit; `errors` says which and how (shown beside the fields). */
export class InvalidCommunityInputError extends Error {
  constructor(readonly errors: Errors<string>) {
    super(`Invalid community input: ${Object.keys(errors).join(', ')}`)
    this.name = 'InvalidCommunityInputError'
  }
}

export class MissingRowError extends Error {
  constructor(what: string) {
    super(`${what} is not on this device`)
    this.name = 'MissingRowError'
  }
}

function check(errors: Errors<string>) {
  if (hasErrors(errors)) throw new InvalidCommunityInputError(errors)
}

const now = () => new Date().toISOString()

/** Every post of the organisation on this device, in no particular order (the feed sorts). */
export async function listPosts(organisationId: string | null): Promise<CommunityPostRow[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  return db.community_posts.where('organisation_id').equals(organisationId).toArray()
}

export async function getPost(id: string): Promise<CommunityPostRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.community_posts.get(id)
}

/** A post's comments, oldest first. */
export async function listComments(postId: string): Promise<CommunityCommentRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.community_comments.where('post_id').equals(postId).toArray()
  return rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
}

export async function listDepartments(organisationId: string | null): Promise<DepartmentRow[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  const rows = await db.departments.where('organisation_id').equals(organisationId).toArray()
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nb'))
}

/**
 * Unreactions not yet sent, by reaction id: a delete's outbox entry holds only the id, and the
 * post's count (the server's) still includes the reaction until the push. Kept in memory: after a
 * reload the count is the server's until the next pull, which is seconds when online.
 */
const unsentUnreactions = new Map<string, { post_id: string; kind: ReactionKind }>()

export interface PostReactions {
  /** The person's own reactions to the post, by kind. */
  mine: Partial<Record<ReactionKind, CommunityReactionRow>>
  /** The post's counts as the server keeps them, with the person's unsent changes counted in. */
  counts: ReactionCounts
}

/** The person's reactions to a post and the counts to show. Usable inside liveQuery. */
export async function postReactions(postId: string, userId: string | null): Promise<PostReactions> {
  const db = loadedDb() ?? (await openDb())
  const [post, rows, entries] = await Promise.all([
    db.community_posts.get(postId),
    db.community_reactions.where('post_id').equals(postId).toArray(),
    db.outbox.where('table').equals('community_reactions').toArray(),
  ])
  const counts: ReactionCounts = { useful: 0, tried: 0, thanks: 0, ...post?.reaction_counts }
  const mine: PostReactions['mine'] = {}
  for (const row of rows) if (isOwnRow(row, userId)) mine[row.kind] = row
  for (const entry of entries) {
    if (entry.state !== 'pending') continue
    if (entry.op === 'upsert' && entry.row.post_id === postId) {
      const kind = entry.row.kind as ReactionKind
      if (kind in counts) counts[kind]++
    } else if (entry.op === 'delete') {
      const gone = unsentUnreactions.get(String(entry.row.id))
      if (gone?.post_id === postId) counts[gone.kind]--
    }
  }
  for (const kind of Object.keys(counts) as ReactionKind[]) counts[kind] = Math.max(0, counts[kind])
  return { mine, counts }
}

/** The person's "I tried this too" of a post, and whether the post's figures include it yet. */
export async function myReplication(
  postId: string,
  userId: string | null,
): Promise<{ row: CommunityReplicationRow; counted: boolean } | null> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.community_replications.where('post_id').equals(postId).toArray()
  const row = rows.find((r) => isOwnRow(r, userId))
  if (!row) return null
  const waiting = await db.outbox
    .where('table')
    .equals('community_replications')
    .filter((entry) => entry.row.id === row.id)
    .count()
  return { row, counted: waiting === 0 && Boolean(row.user_id) }
}

/** Open reports of the organisation (ambassadors and admins receive them), oldest first. */
export async function listOpenReports(
  organisationId: string | null,
): Promise<CommunityReportRow[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  const rows = await db.community_reports.where('organisation_id').equals(organisationId).toArray()
  return rows
    .filter((row) => !row.resolved_at)
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
}

/** Reports of one post or comment. */
export async function reportsOf(targetId: string): Promise<CommunityReportRow[]> {
  const db = loadedDb() ?? (await openDb())
  return db.community_reports.where('target_id').equals(targetId).toArray()
}

function postFields(input: PostInput) {
  check(validatePost(input) as Errors<PostField>)
  const minutesKnown = input.minutesBefore !== null && input.minutesAfter !== null
  return {
    kind: input.kind,
    title: input.title.trim(),
    body: input.body.trim(),
    task: input.task.trim(),
    department_id: input.departmentId || null,
    tool: input.tool || null,
    prompt_text: input.promptText.trim() || null,
    minutes_before: minutesKnown ? input.minutesBefore : null,
    minutes_after: minutesKnown ? input.minutesAfter : null,
    data_class: input.dataClass,
    tags: parseTags(input.tags),
  }
}

export type { PostSource }

/** Shares a post with the organisation: on this phone first, sent when online. */
export async function createPost(
  input: PostInput,
  authorId: string | null,
  source: PostSource | null = null,
): Promise<CommunityPostRow> {
  const db = loadedDb() ?? (await openDb())
  const fields = postFields(input)
  // Posts need an organisation: without one there is nobody to share with (local mode).
  const organisationId = authorId ? await organisationFor(authorId) : null
  if (!organisationId) throw new NoOrganisationError()
  const time = now()
  return saveWithOutbox(db.community_posts, {
    id: crypto.randomUUID(),
    organisation_id: organisationId,
    author_id: authorId,
    ...fields,
    source_kind: source?.kind ?? null,
    source_id: source?.id.slice(0, 64) ?? null,
    status: 'published',
    moderation_reason: null,
    revision: 1,
    created_at: time,
    updated_at: time,
    reaction_counts: { useful: 0, tried: 0, thanks: 0 },
    comment_count: 0,
    replication_count: 0,
    replication_median_saved: null,
  })
}

/** The author edits their post (the server makes it a new revision and keeps the old one). */
export async function editPost(
  id: string,
  input: PostInput,
  editorId: string | null,
): Promise<CommunityPostRow> {
  const db = loadedDb() ?? (await openDb())
  const fields = postFields(input)
  const current = await db.community_posts.get(id)
  if (!current) throw new MissingRowError('The post')
  if (!isOwnRow(current, editorId)) throw new Error('Only the author edits a post')
  return saveWithOutbox(db.community_posts, { ...current, ...fields, updated_at: now() })
}

/** The author deletes their post; the server removes it (and its comments) from every device. */
export async function deletePost(id: string): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.transaction('rw', [db.community_posts, db.community_comments, db.outbox], async () => {
    await deleteWithOutbox(db.community_posts, id)
    // The comments go with the post on the server (on delete cascade); here at once.
    await db.community_comments.where('post_id').equals(id).delete()
  })
}

/** Toggles one of the person's reactions (one of each kind per person and post). */
export async function toggleReaction(
  post: Pick<CommunityPostRow, 'id' | 'organisation_id'>,
  kind: ReactionKind,
  userId: string | null,
): Promise<boolean> {
  const db = loadedDb() ?? (await openDb())
  return db.transaction('rw', [db.community_reactions, db.outbox], async () => {
    const rows = await db.community_reactions.where('post_id').equals(post.id).toArray()
    const existing = rows.find((row) => row.kind === kind && isOwnRow(row, userId))
    if (existing) {
      unsentUnreactions.set(existing.id, { post_id: post.id, kind })
      await deleteWithOutbox(db.community_reactions, existing.id)
      return false
    }
    await saveWithOutbox(db.community_reactions, {
      id: crypto.randomUUID(),
      organisation_id: post.organisation_id,
      post_id: post.id,
      user_id: userId,
      kind,
      created_at: now(),
    })
    return true
  })
}

/** "I tried this too" with the person's own minutes; a second one replaces the first. */
export async function tryItToo(
  post: Pick<CommunityPostRow, 'id' | 'organisation_id'>,
  input: ReplicationInput,
  userId: string | null,
): Promise<CommunityReplicationRow> {
  const db = loadedDb() ?? (await openDb())
  check(validateReplication(input))
  return db.transaction('rw', [db.community_replications, db.outbox], async () => {
    const existing = await myReplication(post.id, userId)
    return saveWithOutbox(db.community_replications, {
      id: existing?.row.id ?? crypto.randomUUID(),
      organisation_id: post.organisation_id,
      post_id: post.id,
      user_id: userId,
      minutes_before: input.minutesBefore!,
      minutes_after: input.minutesAfter!,
      note: input.note.trim(),
      created_at: existing?.row.created_at ?? now(),
    })
  })
}

export async function addComment(
  post: Pick<CommunityPostRow, 'id' | 'organisation_id'>,
  body: string,
  authorId: string | null,
): Promise<CommunityCommentRow> {
  const db = loadedDb() ?? (await openDb())
  check(validateComment(body))
  const time = now()
  return saveWithOutbox(db.community_comments, {
    id: crypto.randomUUID(),
    organisation_id: post.organisation_id,
    post_id: post.id,
    author_id: authorId,
    body: body.trim(),
    status: 'published',
    moderation_reason: null,
    created_at: time,
    updated_at: time,
  })
}

export async function deleteComment(id: string): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await deleteWithOutbox(db.community_comments, id)
}

export type ReportTarget = { table: 'community_posts' | 'community_comments'; id: string }

/** Anyone reports a post or comment with a reason; the organisation's ambassadors see it. */
export async function report(
  target: ReportTarget & { organisationId: string },
  input: { reason: ReportReason | null; note: string },
  reporterId: string | null,
): Promise<CommunityReportRow> {
  const db = loadedDb() ?? (await openDb())
  check(validateReport(input))
  return saveWithOutbox(db.community_reports, {
    id: crypto.randomUUID(),
    organisation_id: target.organisationId,
    target_table: target.table,
    target_id: target.id,
    reporter_id: reporterId,
    reason: input.reason!,
    note: input.note.trim(),
    created_at: now(),
    resolved_at: null,
    resolution: null,
  })
}

/**
 * An ambassador hides a post or comment with a reason (the author sees it), or restores it.
 * Hiding resolves the target's open reports as 'hidden'; restoring resolves them as 'kept'.
 */
export async function moderate(
  target: ReportTarget,
  action: 'hide' | 'restore',
  reason: string,
): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  if (action === 'hide') check(validateModerationReason(reason))
  const table = target.table === 'community_posts' ? db.community_posts : db.community_comments
  await db.transaction('rw', [table, db.community_reports, db.outbox], async () => {
    const current = await table.get(target.id)
    if (!current) throw new MissingRowError('The post or comment')
    await saveWithOutbox(table as typeof db.community_posts, {
      ...(current as CommunityPostRow),
      status: action === 'hide' ? ('hidden' as const) : ('published' as const),
      moderation_reason: action === 'hide' ? reason.trim() : null,
    })
    const open = (await reportsOf(target.id)).filter((row) => !row.resolved_at)
    for (const row of open) await resolveReport(row.id, action === 'hide' ? 'hidden' : 'kept')
  })
}

/** An ambassador closes a report: the content was hidden, or it stays ('kept'). */
export async function resolveReport(id: string, resolution: 'hidden' | 'kept'): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  const current = await db.community_reports.get(id)
  if (!current) throw new MissingRowError('The report')
  await saveWithOutbox(db.community_reports, { ...current, resolved_at: now(), resolution })
}

/** "New since your last visit": the time of the previous visit to the feed (device-local). */
const LAST_VISIT_KEY = 'community:lastVisit'

export async function readLastVisit(): Promise<string | null> {
  const db = loadedDb() ?? (await openDb())
  const row = await db.syncState.get(LAST_VISIT_KEY)
  return typeof row?.value === 'string' ? row.value : null
}

export async function writeLastVisit(time: string): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.syncState.put({ key: LAST_VISIT_KEY, value: time })
}

/** An open report's target as the ambassador's queue lists it: the post to open, the reasons. */
export interface ReportedTarget {
  targetId: string
  table: CommunityReportRow['target_table']
  /** The post to open (a comment's post); null when it is no longer on this device. */
  postId: string | null
  reasons: CommunityReportRow['reason'][]
}

/** Open reports grouped by what they report, oldest first. Usable inside liveQuery. */
export async function listReportedTargets(
  organisationId: string | null,
): Promise<ReportedTarget[]> {
  const db = loadedDb() ?? (await openDb())
  const reports = await listOpenReports(organisationId)
  const targets = new Map<string, ReportedTarget>()
  for (const row of reports) {
    const target = targets.get(row.target_id) ?? {
      targetId: row.target_id,
      table: row.target_table,
      postId: null,
      reasons: [],
    }
    target.reasons.push(row.reason)
    targets.set(row.target_id, target)
  }
  for (const target of targets.values()) {
    if (target.table === 'community_posts') {
      target.postId = (await db.community_posts.get(target.targetId)) ? target.targetId : null
    } else {
      target.postId = (await db.community_comments.get(target.targetId))?.post_id ?? null
    }
  }
  return [...targets.values()]
}
