import {
  RemoteUnavailableError,
  type Mutation,
  type PullCursor,
  type PullPage,
  type PushResult,
  type Remote,
} from '@/data/remote/types'

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface FaultCounts {
  failedBefore: number
  failedAfter: number
  duplicated: number
  delayed: number
  lateDeliveries: number
}

/**
 * Wraps a real Remote and breaks the network the way phones do:
 * - 10 % of requests fail before reaching the server,
 * - 10 % reach it and are applied, but the answer is lost,
 * - 10 % of pushes are delivered twice,
 * - 10 % of pushes are held back (the client sees a failure) and delivered later, after other
 *   requests — so batches reach the server out of order, and after their own retry.
 */
export class FaultyRemote implements Remote {
  readonly counts: FaultCounts = {
    failedBefore: 0,
    failedAfter: 0,
    duplicated: 0,
    delayed: 0,
    lateDeliveries: 0,
  }
  private readonly held: Mutation[][]

  constructor(
    private readonly inner: Remote,
    private readonly random: () => number,
    /** Shared between the devices of a person, so one device's late batch lands among another's. */
    held: Mutation[][] = [],
  ) {
    this.held = held
  }

  async push(mutations: Mutation[]): Promise<PushResult[]> {
    await this.maybeDeliverLate()
    const roll = this.random()
    if (roll < 0.1) {
      this.counts.failedBefore++
      throw new RemoteUnavailableError('injected: lost before the server')
    }
    if (roll < 0.2) {
      await this.inner.push(mutations)
      this.counts.failedAfter++
      throw new RemoteUnavailableError('injected: answer lost')
    }
    if (roll < 0.3) {
      this.counts.duplicated++
      await this.inner.push(mutations)
      return this.inner.push(mutations)
    }
    if (roll < 0.4) {
      this.counts.delayed++
      this.held.push(structuredClone(mutations))
      throw new RemoteUnavailableError('injected: delayed')
    }
    return this.inner.push(mutations)
  }

  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    await this.maybeDeliverLate()
    const roll = this.random()
    if (roll < 0.1) {
      this.counts.failedBefore++
      throw new RemoteUnavailableError('injected: lost before the server')
    }
    if (roll < 0.2) {
      await this.inner.pull(cursor, pageSize)
      this.counts.failedAfter++
      throw new RemoteUnavailableError('injected: answer lost')
    }
    return this.inner.pull(cursor, pageSize)
  }

  redeemInvite(code: string): Promise<{ organisationId: string }> {
    return this.inner.redeemInvite(code)
  }

  /** Delivers every held batch (the network finally lets them through). */
  async deliverAllLate(): Promise<void> {
    while (this.held.length > 0) await this.deliverOne()
  }

  private async maybeDeliverLate(): Promise<void> {
    if (this.held.length > 0 && this.random() < 0.3) await this.deliverOne()
  }

  private async deliverOne(): Promise<void> {
    // Any held batch, not the oldest: late deliveries come in any order.
    const index = Math.floor(this.random() * this.held.length)
    const [batch] = this.held.splice(index, 1)
    this.counts.lateDeliveries++
    await this.inner.push(batch!)
  }
}
