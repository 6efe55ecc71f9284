/**
 * Edit conflicts on shared, revisioned rows (prompts). The server applies an edit based on an old
 * revision as a new one and answers `conflict` (supabase/migrations/*_sync_rpc.sql,
 * apply_prompt_edit); the revision it overtook stays in `prompt_revisions`. The client keeps a
 * record of each such answer, so the editor is shown both versions and chooses. Stored in
 * `syncState` under `conflict:<mutation id>` (no schema change needed).
 */
export const CONFLICT_PREFIX = 'conflict:'

export interface ConflictRecord {
  /** The mutation the server answered `conflict`: also the id of the revision it wrote. */
  mutationId: string
  table: string
  rowId: string
  /** The revision the editor saw when they made the edit. */
  baseRevision: number | null
  /** Who made the edit (`updated_by` of the pushed row). */
  editorId: string | null
  /** The row as pushed. */
  mine: Record<string, unknown>
  at: string
}

export function conflictKey(mutationId: string): string {
  return CONFLICT_PREFIX + mutationId
}
