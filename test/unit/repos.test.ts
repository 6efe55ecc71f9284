import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import { defaultPrefs, readPrefs, setPref } from '@/data/repos/prefs.repo'
import { getProfile, InvalidDisplayNameError, saveProfile } from '@/data/repos/profile.repo'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('prefs repo', () => {
  it('returns defaults when nothing is stored', async () => {
    expect(await readPrefs()).toEqual(defaultPrefs)
  })
  it('remembers a stored preference', async () => {
    await setPref('locale', 'en')
    await setPref('theme', 'dark')
    expect(await readPrefs()).toEqual({ locale: 'en', theme: 'dark' })
  })
  it('falls back to the default for a corrupt value and ignores unknown keys', async () => {
    await db.prefs.bulkPut([
      { key: 'theme', value: 'purple' },
      { key: 'locale', value: 42 },
      { key: 'unknown', value: 'x' },
    ])
    expect(await readPrefs()).toEqual(defaultPrefs)
  })
  it('refuses to store an invalid value', async () => {
    await expect(setPref('theme', 'purple' as never)).rejects.toThrow(TypeError)
    expect(await db.prefs.count()).toBe(0)
  })
  it('writes no outbox entry (preferences stay on the device)', async () => {
    await setPref('theme', 'light')
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('profile repo', () => {
  it('stores the profile and its outbox entry together', async () => {
    const saved = await saveProfile({ displayName: '  Kari  ', language: 'nb' })
    expect(saved.display_name).toBe('Kari')
    expect(await getProfile()).toEqual(saved)
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'profiles', op: 'upsert', state: 'pending' })
    expect(entries[0]!.row).toEqual(saved)
  })
  it('keeps one profile row and queues each change', async () => {
    const first = await saveProfile({ displayName: 'Kari', language: 'nb' })
    const second = await saveProfile({ displayName: 'Kari N.', language: 'en' })
    expect(second.id).toBe(first.id)
    expect(await db.profiles.count()).toBe(1)
    expect(await db.outbox.count()).toBe(2)
  })
  it('rejects an empty or too long name and writes nothing', async () => {
    await expect(saveProfile({ displayName: '   ', language: 'nb' })).rejects.toThrow(
      InvalidDisplayNameError,
    )
    await expect(saveProfile({ displayName: 'x'.repeat(61), language: 'nb' })).rejects.toThrow(
      InvalidDisplayNameError,
    )
    expect(await db.profiles.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
  it('leaves nothing half-written when the outbox write fails', async () => {
    const failing = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    db.outbox.hook('creating', failing)
    try {
      await expect(saveProfile({ displayName: 'Kari', language: 'nb' })).rejects.toThrow()
    } finally {
      db.outbox.hook('creating').unsubscribe(failing)
    }
    expect(await db.profiles.count()).toBe(0)
  })
})
