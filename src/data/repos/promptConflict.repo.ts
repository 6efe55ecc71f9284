/**
 * Concurrent edits of a shared prompt (PRODUCT.md P2; the sync contract's "Conflicts"). The server
 * applies an edit based on an old revision as a new one and answers `conflict`; the sync engine
 * keeps a record of that answer (sync/conflicts.ts). Here the record meets the pulled history:
 * "mine" is the revision my edit became (its id is the edit's mutation id), "theirs" the newest
 * revision it overtook that someone else wrote. An edit that overtook only my own earlier edits
 * is no conflict at all and is never shown.
 */
import type { PromptRevisionRow, PromptRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { CONFLICT_PREFIX, conflictKey, type ConflictRecord } from '../sync/conflicts'
import type { PromptInput } from '@/domain/library'
import { editPrompt } from './library.repo'

export interface PromptConflict {
  /** The edit's mutation id: what the choices below name. */
  id: string
  promptId: string
  /** My edit as the server recorded it. */
  mine: PromptRevisionRow
  /** The newest revision by someone else that my edit overtook. */
  theirs: PromptRevisionRow
}

/**
 * The revision an edit is based on: the one the editor opened (`seen`), moved past the revisions
 * that followed it as long as they are the editor's own (an approve, then an edit: the second is
 * based on the first, not on what was open before it). Revisions by someone else stop it.
 */
export function editBaseRevision(
  history: readonly Pick<PromptRevisionRow, 'revision' | 'author_id'>[],
  seen: number,
  editorId: string | null,
): number {
  const byRevision = new Map(history.map((rev) => [rev.revision, rev]))
  let base = seen
  for (;;) {
    const next = byRevision.get(base + 1)
    if (!next || !editorId || next.author_id !== editorId) return base
    base++
  }
}

/** Conflicts to show for one prompt, oldest first. Usable inside liveQuery. */
export async function listPromptConflicts(
  promptId: string,
  userId: string | null,
): Promise<PromptConflict[]> {
  const db = loadedDb() ?? (await openDb())
  const records = (await db.syncState.where('key').startsWith(CONFLICT_PREFIX).toArray())
    .map((row) => row.value as ConflictRecord)
    .filter((record) => record.table === 'prompts' && record.rowId === promptId)
    // Only the editor's own notices (an edit made before sign-in has no editor: it was theirs).
    .filter((record) => !record.editorId || !userId || record.editorId === userId)
  if (records.length === 0) return []
  const history = await db.prompt_revisions.where('prompt_id').equals(promptId).toArray()
  const conflicts: PromptConflict[] = []
  for (const record of records.sort((a, b) => a.at.localeCompare(b.at))) {
    const mine = history.find((rev) => rev.id === record.mutationId)
    if (!mine) continue // not pulled yet
    const editor = record.editorId ?? userId
    const theirs = history
      .filter(
        (rev) =>
          rev.revision > (record.baseRevision ?? 0) &&
          rev.revision < mine.revision &&
          rev.author_id !== editor,
      )
      .sort((a, b) => b.revision - a.revision)[0]
    if (theirs) conflicts.push({ id: record.mutationId, promptId, mine, theirs })
  }
  return conflicts
}

/**
 * The prompts with a conflict to show the person, for the sync details (the editor may not have
 * the prompt open). Usable inside liveQuery.
 */
export async function listConflictedPrompts(
  userId: string | null,
): Promise<{ promptId: string; title: string }[]> {
  const db = loadedDb() ?? (await openDb())
  const records = await db.syncState.where('key').startsWith(CONFLICT_PREFIX).toArray()
  const ids = [
    ...new Set(
      records
        .map((row) => row.value as ConflictRecord)
        .filter((record) => record.table === 'prompts')
        .map((record) => record.rowId),
    ),
  ]
  const found: { promptId: string; title: string }[] = []
  for (const promptId of ids) {
    const [conflict] = await listPromptConflicts(promptId, userId)
    if (conflict) found.push({ promptId, title: conflict.mine.title })
  }
  return found
}

/** Keep mine: the server already holds it as the newer revision; the notice goes. */
export async function keepMine(conflictId: string): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.syncState.delete(conflictKey(conflictId))
}

/** A revision's fields as the prompt form's input. */
export function revisionInput(rev: PromptRevisionRow): PromptInput {
  return {
    title: rev.title,
    body: rev.body,
    department: rev.department ?? null,
    task: rev.task ?? null,
    level: (rev.level as PromptInput['level']) ?? null,
    dataClass: rev.data_class,
    tags: rev.tags,
    tools: rev.tools,
  }
}

/**
 * Resolves a conflict with a new revision holding `fields` (theirs, or a version merged by hand),
 * based on the newest revision on the device, and forgets the record — in one transaction.
 */
export async function resolveWithEdit(
  conflict: Pick<PromptConflict, 'id' | 'promptId'>,
  edit: { fields: PromptInput; status?: PromptRow['status']; featured?: boolean },
  editorId: string | null,
): Promise<PromptRow> {
  const db = loadedDb() ?? (await openDb())
  return db.transaction('rw', [db.prompts, db.prompt_revisions, db.outbox, db.syncState], async () => {
    const history = await db.prompt_revisions.where('prompt_id').equals(conflict.promptId).toArray()
    const current = await db.prompts.get(conflict.promptId)
    const newest = Math.max(current?.revision ?? 0, ...history.map((rev) => rev.revision))
    const row = await editPrompt(conflict.promptId, edit, newest, editorId)
    await db.syncState.delete(conflictKey(conflict.id))
    return row
  })
}

/** Take theirs: their version becomes the newest revision again (mine stays in the history). */
export function takeTheirs(conflict: PromptConflict, editorId: string | null): Promise<PromptRow> {
  const { theirs } = conflict
  return resolveWithEdit(
    conflict,
    { fields: revisionInput(theirs), status: theirs.status, featured: theirs.featured },
    editorId,
  )
}
