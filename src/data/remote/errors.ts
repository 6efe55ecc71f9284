/**
 * A request the server answered with an error that retrying will not fix, e.g. an invite code
 * that is unknown (`invite_unknown`), expired (`invite_expired`) or used up (`invite_used_up`),
 * or a push batch over the limit (`batch_too_large`). `code` is the stable message code;
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
