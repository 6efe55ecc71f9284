import { AuthError, type AuthClient, type AuthUser } from '@/data/auth/authClient'

/**
 * An AuthClient kept in memory: "e-mails" a fixed code, signs in with it, and tells listeners.
 * It implements the app's interface, so the real store and components run unchanged.
 */
export class MemoryAuthClient implements AuthClient {
  readonly sent: string[] = []
  code = '123456'
  /** Makes the next calls fail as if the network were down. */
  offline = false
  private user: AuthUser | null = null
  private readonly listeners = new Set<(user: AuthUser | null) => void>()

  constructor(signedInAs?: AuthUser) {
    this.user = signedInAs ?? null
  }

  async sendCode(email: string): Promise<void> {
    if (this.offline) throw new AuthError('offline')
    this.sent.push(email)
  }

  async verifyCode(email: string, code: string): Promise<AuthUser> {
    if (this.offline) throw new AuthError('offline')
    if (!this.sent.includes(email) || code !== this.code) throw new AuthError('wrong_code')
    this.set({ id: `user-${email}`, email })
    return this.user!
  }

  async signOut(): Promise<void> {
    if (this.offline) throw new AuthError('offline')
    this.set(null)
  }

  async currentUser(): Promise<AuthUser | null> {
    return this.user
  }

  onChange(listener: (user: AuthUser | null) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private set(user: AuthUser | null) {
    this.user = user
    for (const listener of this.listeners) listener(user)
  }
}
