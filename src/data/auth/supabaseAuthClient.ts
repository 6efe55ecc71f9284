/**
 * The AuthClient over Supabase Auth. Loaded by dynamic import only when Supabase is configured;
 * supabase-js itself is loaded on first use (src/data/remote/supabaseClient.ts). Only
 * src/modules/sync.ts imports this file.
 */
import { RemoteRequestError } from '../remote/errors'
import { SupabaseAuth, type AuthSession } from '../remote/supabaseAuth'
import type { ClientLoader } from '../remote/supabaseClient'
import { RemoteUnavailableError } from '../remote/types'
import { AuthError, type AuthClient, type AuthErrorCode, type AuthUser } from './authClient'
import { readCachedUser, writeCachedUser } from './accountCache'

const supabaseCodes: Record<string, AuthErrorCode> = {
  otp_expired: 'wrong_code',
  otp_disabled: 'wrong_code',
  email_address_invalid: 'invalid_email',
  validation_failed: 'invalid_email',
  over_email_send_rate_limit: 'rate_limited',
  over_request_rate_limit: 'rate_limited',
}

function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error
  if (error instanceof RemoteUnavailableError) return new AuthError('offline', { cause: error })
  if (error instanceof TypeError) return new AuthError('offline', { cause: error })
  if (error instanceof RemoteRequestError) {
    return new AuthError(supabaseCodes[error.code] ?? 'unknown', { cause: error })
  }
  return new AuthError('unknown', { cause: error })
}

function toUser(session: AuthSession | null): AuthUser | null {
  return session ? { id: session.userId, email: session.email } : null
}

export function createSupabaseAuthClient(client: ClientLoader): AuthClient {
  const auth = new SupabaseAuth({ client })

  /** The stored session; offline with an expired token, the cached user (null means signed out). */
  async function currentUser(): Promise<AuthUser | null> {
    try {
      const user = toUser(await auth.getSession())
      writeCachedUser(user)
      return user
    } catch (error) {
      if (error instanceof RemoteUnavailableError) return readCachedUser()
      throw toAuthError(error)
    }
  }

  return {
    async sendCode(email) {
      try {
        await auth.sendCode(email.trim())
      } catch (error) {
        throw toAuthError(error)
      }
    },
    async verifyCode(email, code) {
      try {
        const user = toUser(await auth.verifyCode(email.trim(), code))!
        writeCachedUser(user)
        return user
      } catch (error) {
        throw toAuthError(error)
      }
    },
    async signOut() {
      try {
        await auth.signOut()
        writeCachedUser(null)
      } catch (error) {
        throw toAuthError(error)
      }
    },
    currentUser,
    onChange(listener) {
      let unsubscribe: (() => void) | undefined
      let stopped = false
      void auth
        .onAuthStateChange((session) => {
          // Supabase also reports "no session" when an expired token cannot be refreshed offline;
          // ask again so that only a real sign-out reaches the app.
          if (session) {
            const user = toUser(session)
            writeCachedUser(user)
            listener(user)
          } else {
            void currentUser().then(listener, () => undefined)
          }
        })
        .then((stop) => (stopped ? stop() : (unsubscribe = stop)))
        .catch(() => undefined)
      return () => {
        stopped = true
        unsubscribe?.()
      }
    },
  }
}
