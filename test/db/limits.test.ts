// @vitest-environment node
/**
 * Limits in the schema (ARCHITECTURE.md, "The sync contract"): every
 * synced column has a limit whoever writes it (sync_push or a direct table write); a pull page
 * has a byte budget; a malformed cursor answers reset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { PullCursor, PullPage } from '@/data/remote/types'

let db: PGlite
let org = ''
let me: PgliteRemote

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db)
  me = await createMember(db, org)
})
afterAll(async () => {
  await db.close()
})

/** A direct write through the API as `remote` (not sync_push); resolves to the SQLSTATE or 'ok'. */
async function direct(remote: PgliteRemote, sql: string, params: unknown[]): Promise<string> {
  try {
    await remote.asUser((tx) => tx.query(sql, params))
    return 'ok'
  } catch (e) {
    return (e as { code?: string }).code ?? String(e)
  }
}

const attemptSql = `insert into public.challenge_attempts (id, challenge_id, prompt, output, checklist)
  values ($1, 'c1', $2, $3, $4::jsonb)`

describe('limits on direct table writes', () => {
  it('refuses oversized text, jsonb of the wrong type or size, and long arrays', async () => {
    const big = 'x'.repeat(20001)
    expect(await direct(me, attemptSql, [uuid(), big, '', '{}'])).toBe('23514')
    expect(await direct(me, attemptSql, [uuid(), '', big, '{}'])).toBe('23514')
    expect(await direct(me, attemptSql, [uuid(), '', '', '[]'])).toBe('23514')
    expect(
      await direct(me, attemptSql, [uuid(), '', '', JSON.stringify({ a: 'y'.repeat(5000) })]),
    ).toBe('23514')
    expect(await direct(me, attemptSql, [uuid(), 'ok', 'ok', '{"a": true}'])).toBe('ok')
    expect(
      await direct(
        me,
        `insert into public.progress_events (id, lesson_id, kind, data) values ($1, 'l', 'k', $2::jsonb)`,
        [uuid(), '"a string"'],
      ),
    ).toBe('23514')
    expect(
      await direct(
        me,
        `insert into public.prompts (id, organisation_id, title, body, tags) values ($1, $2, 't', 'b', $3)`,
        [uuid(), org, Array.from({ length: 31 }, (_, i) => `tag${i}`)],
      ),
    ).toBe('23514')
    expect(
      await direct(
        me,
        `insert into public.prompts (id, organisation_id, title, body, tools) values ($1, $2, 't', 'b', $3)`,
        [uuid(), org, ['z'.repeat(101)]],
      ),
    ).toBe('23514')
  })

  it.each(['infinity', '-infinity', '1999-12-31T23:59:59Z', '2100-01-01T00:00:00Z'])(
    'refuses the timestamp %s',
    async (t) => {
      expect(
        await direct(
          me,
          `insert into public.progress_events (id, lesson_id, kind, occurred_at) values ($1, 'l', 'k', $2)`,
          [uuid(), t],
        ),
      ).toBe('23514')
    },
  )

  it('every synced text, jsonb, array and timestamp column has a check', async () => {
    const unchecked = await db.query<{ col: string }>(`
      select c.relname || '.' || a.attname as col
      from private.synced_tables s
      join pg_class c on c.relname = s.table_name and c.relnamespace = 'public'::regnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where (a.atttypid in ('text'::regtype, 'jsonb'::regtype, 'timestamptz'::regtype)
          or a.atttypid in (select typarray from pg_type where typarray <> 0))
        and not exists (
          select 1 from pg_constraint k
          where k.conrelid = c.oid and k.contype = 'c' and a.attnum = any (k.conkey))
      order by 1`)
    expect(unchecked.rows.map((r) => r.col)).toEqual([])
  })
})

describe('pull page byte budget', () => {
  async function pullAll(remote: PgliteRemote, pageSize: number) {
    let cursor: PullCursor | null = null
    const pages: PullPage[] = []
    let page: PullPage
    do {
      page = await remote.pull(cursor, pageSize)
      pages.push(page)
      cursor = page.cursor
    } while (page.hasMore)
    return pages
  }

  it('a page stops at the budget and always holds at least one row', async () => {
    const reader = await createMember(db, await createOrg(db))
    const text = 'x'.repeat(20000)
    const rows = Array.from({ length: 40 }, () => ({
      id: uuid(),
      challenge_id: 'c1',
      prompt: text,
      output: text,
    }))
    for (let i = 0; i < rows.length; i += 20) {
      const res = await reader.push(
        rows.slice(i, i + 20).map((r) => upsert('challenge_attempts', r)),
      )
      expect(res.every((r) => r.status === 'applied')).toBe(true)
    }
    const pages = await pullAll(reader, 1000)
    const attempts = (p: PullPage) => p.changes.filter((c) => c.table === 'challenge_attempts')
    expect(pages.length).toBeGreaterThan(1)
    for (const p of pages) {
      expect(JSON.stringify(p.changes).length).toBeLessThan(1_048_576 + 200_000)
    }
    expect(
      pages
        .flatMap(attempts)
        .map((c) => c.row.id)
        .sort(),
    ).toEqual(rows.map((r) => r.id).sort())

    // A budget smaller than any row: one row per page, and nothing lost.
    await db.exec("set loft.sync_pull_budget = '10'")
    try {
      const single = await pullAll(reader, 1000)
      expect(
        single.every((p) => p.changes.length === 1 || (!p.hasMore && p.changes.length === 0)),
      ).toBe(true)
      expect(single.flatMap(attempts)).toHaveLength(40)
    } finally {
      await db.exec('reset loft.sync_pull_budget')
    }
  })
})

describe('malformed cursors', () => {
  it.each([
    ['a string', 'nonsense'],
    ['a broken xid', { v: 1, f: 'x', x: 'abc', k: 1, t: 'progress_events', i: uuid() }],
    ['numbers as strings', { v: 1, x: {}, k: 'z', t: 1, i: 'not-a-uuid' }],
    ['an array', [1, 2, 3]],
  ])('%s answers reset instead of an error', async (_label, cursor) => {
    const fresh = await me.pull(null, 10)
    const page = await me.pull(cursor as unknown as PullCursor, 10)
    expect(page.reset).toBe(true)
    expect(page.changes).toEqual(fresh.changes)
  })

  it('a cursor with the right fingerprint but a broken position answers reset', async () => {
    const cursor = (await me.pull(null, 10)).cursor as Record<string, unknown>
    for (const broken of [
      { ...cursor, x: '99999999999999999999999' },
      { ...cursor, i: 'nope' },
      { ...cursor, k: 7 },
      { ...cursor, t: null },
    ]) {
      const page = await me.pull(broken as unknown as PullCursor, 10)
      expect(page.reset).toBe(true)
    }
  })
})
