import { RemoteRequestError } from '../remote/errors'
import { RemoteUnavailableError, type Remote } from '../remote/types'
import { getOrganisationName } from '../repos/membership.repo'
import type { SyncEngine } from './engine'
import { isTransient } from './errors'

export type InviteErrorCode =
  /** Unknown, expired or used up: the server tells them apart to nobody. */
  | 'invalid_invite'
  /** More than the server's attempts per person and hour. */
  | 'too_many_attempts'
  | 'offline'
  | 'not_signed_in'
  | 'unknown'

export class InviteError extends Error {
  constructor(
    readonly code: InviteErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Could not redeem the invite: ${code}`, options)
    this.name = 'InviteError'
  }
}

const serverCodes = new Set<string>(['invalid_invite', 'too_many_attempts'])

/** Spaces around a pasted code are not part of it. */
export function normaliseInviteCode(value: string): string {
  return value.trim()
}

/**
 * Joins the organisation an invite code belongs to, then syncs so its name, departments and the
 * new membership (with its roles) reach this device. Returns the organisation and, once synced,
 * its name (null if the sync could not finish — the membership is on the server all the same).
 */
export async function redeemInvite(
  remote: Remote | null,
  engine: Pick<SyncEngine, 'syncNow'> | null,
  code: string,
  isOnline: () => boolean = () => globalThis.navigator?.onLine ?? true,
): Promise<{ organisationId: string; organisationName: string | null }> {
  if (!remote) throw new InviteError('not_signed_in')
  if (!isOnline()) throw new InviteError('offline')
  let organisationId: string
  try {
    ;({ organisationId } = await remote.redeemInvite(normaliseInviteCode(code)))
  } catch (error) {
    if (error instanceof RemoteRequestError && serverCodes.has(error.code)) {
      throw new InviteError(error.code as InviteErrorCode, { cause: error })
    }
    if (error instanceof RemoteRequestError && error.code === 'not_authenticated') {
      throw new InviteError('not_signed_in', { cause: error })
    }
    if (error instanceof RemoteUnavailableError || isTransient(error)) {
      throw new InviteError('offline', { cause: error })
    }
    throw new InviteError('unknown', { cause: error })
  }
  await engine?.syncNow()
  return { organisationId, organisationName: await getOrganisationName(organisationId) }
}
