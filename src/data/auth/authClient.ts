/**
 * Sign-in as the app sees it: an e-mail one-time code (PRODUCT.md S3). The production client wraps
 * Supabase Auth (supabaseAuthClient.ts, loaded lazily by src/modules/sync.ts); tests use an
 * in-memory one. The session store (src/stores/session.ts) holds the client; screens ask the store.
 * The rules of what may be typed (an e-mail, a 6-digit code) are in src/domain/signIn.ts.
 */
export interface AuthUser {
  id: string
  email: string | null
}

export interface AuthClient {
  /** E-mails a 6-digit code; creates the account on first sign-in. */
  sendCode(email: string): Promise<void>
  /** Signs in with the code from the e-mail. */
  verifyCode(email: string, code: string): Promise<AuthUser>
  signOut(): Promise<void>
  /** The signed-in user on this device, or null. */
  currentUser(): Promise<AuthUser | null>
  /** Called on sign-in and sign-out (also from another tab); returns the unsubscribe function. */
  onChange(listener: (user: AuthUser | null) => void): () => void
}

/** What went wrong, in codes the UI translates. */
export type AuthErrorCode =
  | 'invalid_email'
  | 'wrong_code'
  | 'rate_limited'
  | 'offline'
  | 'unknown'

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Sign-in failed: ${code}`, options)
    this.name = 'AuthError'
  }
}
