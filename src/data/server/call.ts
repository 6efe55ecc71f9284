/**
 * Asking the server something that is not a synced row: a read-only RPC (figures, results) whose
 * answer a screen shows or caches. The functions in this folder take the Remote as their first
 * argument; screens never hold one — they call them through the sync store:
 * `useSyncStatusStore().call(fetchInsights, request)` (the store passes its Remote, null when not
 * signed in). Only src/data/sync and src/data/server call a Remote.
 */
import { RemoteRequestError } from '../remote/errors'
import type { Remote } from '../remote/types'
import { isTransient } from '../sync/errors'

/** Why a server call gave no answer; the same four words for every call. */
export type ServerCallFailure =
  /** No network, or the server could not be reached: keep what is shown. */
  | 'offline'
  /** Not signed in (local mode): there is no server to ask. */
  | 'not_signed_in'
  /** The server refused (wrong role or organisation). */
  | 'forbidden'
  /** Anything else, e.g. an answer of the wrong shape. */
  | 'failed'

export class ServerCallError extends Error {
  constructor(
    readonly code: ServerCallFailure,
    options?: { cause?: unknown },
  ) {
    super(`The server call failed: ${code}`, options)
    this.name = 'ServerCallError'
  }
}

/** The SQL states our functions raise for "not yours to see". */
const forbiddenStates = new Set(['42501', '28000', 'P0001'])

/** Turns whatever a Remote threw into a ServerCallError. */
export function toServerCallError(error: unknown): ServerCallError {
  if (error instanceof ServerCallError) return error
  if (isTransient(error)) return new ServerCallError('offline', { cause: error })
  if (error instanceof RemoteRequestError && forbiddenStates.has(error.sqlState)) {
    return new ServerCallError('forbidden', { cause: error })
  }
  return new ServerCallError('failed', { cause: error })
}

export interface RpcOptions {
  isOnline?: () => boolean
}

/**
 * Calls the server function `fn` (named arguments, e.g. `{ p_survey_id: id }`) and returns its
 * answer once `isValid` accepts its shape. Throws a ServerCallError; never retries by itself.
 */
export async function callRpc<T>(
  remote: Remote | null,
  fn: string,
  args: Record<string, unknown>,
  isValid: (answer: unknown) => answer is T,
  { isOnline = () => globalThis.navigator?.onLine ?? true }: RpcOptions = {},
): Promise<T> {
  if (!remote) throw new ServerCallError('not_signed_in')
  if (!isOnline()) throw new ServerCallError('offline')
  if (!remote.rpc) throw new ServerCallError('failed')
  let answer: unknown
  try {
    answer = await remote.rpc(fn, args)
  } catch (error) {
    throw toServerCallError(error)
  }
  if (!isValid(answer)) throw new ServerCallError('failed')
  return answer
}
