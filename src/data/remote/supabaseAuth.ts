/**
 * Sign-in with an e-mail one-time code (PRODUCT.md S3): a 6-digit code typed into the app works
 * inside an installed PWA, where a magic link would open the wrong browser.
 */
import { RemoteRequestError } from './errors'
import { toClientLoader, type ClientLoader, type SupabaseSource } from './supabaseClient'
import { RemoteUnavailableError } from './types'

export interface AuthSession {
  userId: string
  email: string | null
  /** Seconds since the epoch. */
  expiresAt: number | null
}

interface AuthErrorLike {
  message: string
  status?: number
  code?: string
  name?: string
}

export class SupabaseAuth {
  private readonly client: ClientLoader

  constructor(source: SupabaseSource) {
    this.client = toClientLoader(source)
  }

  /** E-mails a one-time code; creates the account on first sign-in. */
  async sendCode(email: string): Promise<void> {
    const auth = await this.auth()
    const { error } = await auth.signInWithOtp({ email, options: { shouldCreateUser: true } })
    if (error) throw toAuthError(error)
  }

  async verifyCode(email: string, code: string): Promise<AuthSession> {
    const auth = await this.auth()
    const { data, error } = await auth.verifyOtp({ email, token: code.trim(), type: 'email' })
    if (error) throw toAuthError(error)
    const session = toSession(data.session)
    if (!session) throw new RemoteRequestError('no_session', '')
    return session
  }

  async signOut(): Promise<void> {
    const auth = await this.auth()
    const { error } = await auth.signOut()
    if (error) throw toAuthError(error)
  }

  async getSession(): Promise<AuthSession | null> {
    const auth = await this.auth()
    const { data, error } = await auth.getSession()
    if (error) throw toAuthError(error)
    return toSession(data.session)
  }

  /** Calls `listener` on every sign-in, sign-out and token refresh; returns an unsubscribe. */
  async onAuthStateChange(listener: (session: AuthSession | null) => void): Promise<() => void> {
    const auth = await this.auth()
    const { data } = auth.onAuthStateChange((_event, session) => listener(toSession(session)))
    return () => data.subscription.unsubscribe()
  }

  private async auth() {
    try {
      return (await this.client()).auth
    } catch (cause) {
      throw new RemoteUnavailableError('Could not load the Supabase client', { cause })
    }
  }
}

function toSession(
  session: { user: { id: string; email?: string }; expires_at?: number } | null,
): AuthSession | null {
  if (!session) return null
  return {
    userId: session.user.id,
    email: session.user.email ?? null,
    expiresAt: session.expires_at ?? null,
  }
}

/** Network trouble may pass; anything else (wrong or expired code, rate limit) is shown. */
function toAuthError(error: AuthErrorLike): Error {
  if (
    error.name === 'AuthRetryableFetchError' ||
    error.status === 0 ||
    (error.status ?? 0) >= 500
  ) {
    return new RemoteUnavailableError(error.message, { cause: error })
  }
  return new RemoteRequestError(error.code ?? 'auth_error', String(error.status ?? ''), {
    cause: error,
  })
}
