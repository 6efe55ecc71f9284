/**
 * A request the server answered with an error that retrying will not fix, e.g. an invite code
 * that does not work (`invalid_invite`: unknown, expired or used up alike), too many invite
 * attempts in an hour (`too_many_attempts`), or a push batch over the limit (`batch_too_large`). `code` is the stable message code;
 * `sqlState` the PostgreSQL error code.
 */
export class RemoteRequestError extends Error {
  readonly code: string
  readonly sqlState: string

  constructor(code: string, sqlState: string, options?: { cause?: unknown }) {
    super(code, options)
    this.name = 'RemoteRequestError'
    this.code = code
    this.sqlState = sqlState
  }
}

/** What the server's redeem_invite answers: the organisation joined, or why not. */
export interface InviteAnswer {
  organisation_id?: string
  /** 'invalid_invite' (unknown, expired or used up alike) or 'too_many_attempts'. */
  error?: string
}

/**
 * redeem_invite answers a failure instead of raising it, so that the server keeps count of the
 * attempt (a raised error would roll it back); this turns the answer into the Remote's result.
 */
export function inviteResult(answer: InviteAnswer): { organisationId: string } {
  if (answer.error || !answer.organisation_id) {
    throw new RemoteRequestError(answer.error ?? 'invalid_invite', 'LF400')
  }
  return { organisationId: answer.organisation_id }
}
