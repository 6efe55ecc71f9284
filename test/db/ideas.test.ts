// @vitest-environment node
/**
 * The ideas board (F4) and organisation challenges (F3) on the real SQL in PGlite: the RLS matrix
 * (member / ambassador / hr / admin of the idea's organisation A and of another B × select /
 * insert / update / delete), server-owned columns, votes only their owner reads, anonymous ideas
 * (no trace of the author in any table or column, the daily limit, replays, the release), and the
 * consent flow of an organisation challenge made from a post.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import {
  createMember,
  createOrg,
  createServerDb,
  del,
  upsert,
  uuid,
  type PgliteRemote,
  type Role,
} from '../helpers/pglite'

type Org = 'A' | 'B'
const roles: Role[] = ['member', 'ambassador', 'hr', 'admin']

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
const people = {} as Record<Org, Record<Role, PgliteRemote>>
let author: PgliteRemote

/** Runs `fn` as `who` in a transaction that is rolled back (each case starts from the same rows). */
async function tryAs<T>(who: PgliteRemote, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  let out: T | undefined
  await who
    .asUser(async (tx) => {
      out = await fn(tx)
      throw new Rollback()
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e
    })
  return out as T
}
class Rollback extends Error {}

async function error(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn()
    return null
  } catch (e) {
    return (e as { code?: string }).code ?? String(e)
  }
}

async function namedIdea(who: PgliteRemote, orgId: string, extra: Record<string, unknown> = {}) {
  const id = uuid()
  const [r] = await who.push([
    upsert('ideas', {
      id,
      organisation_id: orgId,
      kind: 'idea',
      title: 'Felles promptbibliotek for tilbud',
      body: 'Vi skriver de samme tilbudene om og om igjen.',
      ...extra,
    }),
  ])
  expect(r).toMatchObject({ status: 'applied' })
  return id
}

beforeAll(async () => {
  db = await createServerDb()
  org.A = await createOrg(db, 'A')
  org.B = await createOrg(db, 'B')
  for (const o of ['A', 'B'] as Org[]) {
    people[o] = {} as Record<Role, PgliteRemote>
    for (const role of roles) people[o][role] = await createMember(db, org[o], [role])
  }
  author = await createMember(db, org.A)
  // The posts table of the same wave; a stand-in with the columns used here if it is not there yet.
  await db.exec(`do $$ begin
    if to_regclass('public.community_posts') is null then
      create table public.community_posts (id uuid primary key, organisation_id uuid, author_id uuid);
    end if; end $$;`)
}, 60_000)

afterAll(async () => {
  await db?.close()
})

describe('ideas: RLS matrix', () => {
  let idea: string
  beforeAll(async () => {
    idea = await namedIdea(author, org.A)
  })

  for (const o of ['A', 'B'] as Org[]) {
    for (const role of roles) {
      const own = o === 'A'
      it(`${role} of ${own ? 'the same' : 'another'} organisation: select`, async () => {
        const rows = await tryAs(people[o][role], (tx) =>
          tx.query('select id from public.ideas where id = $1', [idea]),
        )
        expect(rows.rows.length).toBe(own ? 1 : 0)
      })

      it(`${role} of ${own ? 'the same' : 'another'} organisation: insert`, async () => {
        const code = await error(() =>
          tryAs(people[o][role], (tx) =>
            tx.query(
              `insert into public.ideas (id, organisation_id, author_id, kind, title)
               values ($1, $2, auth.uid(), 'obstacle', 'Treg innlogging')`,
              [uuid(), org.A],
            ),
          ),
        )
        expect(code).toBe(own ? null : '42501')
      })

      it(`${role} of ${own ? 'the same' : 'another'} organisation: update status and content`, async () => {
        const seen = await tryAs(people[o][role], async (tx) => {
          await tx.query(
            `update public.ideas set status = 'planned', answer = 'Vi tar det i januar.',
               title = 'Kapret', vote_count = 99 where id = $1`,
            [idea],
          )
          return (
            await tx.query<{ status: string; title: string; vote_count: number; answered_by: string | null }>(
              'select status, title, vote_count, answered_by from public.ideas where id = $1',
              [idea],
            )
          ).rows[0]
        })
        const steward = own && role !== 'member'
        if (!own) expect(seen).toBeUndefined()
        else {
          expect(seen?.status).toBe(steward ? 'planned' : 'new')
          expect(seen?.answered_by).toBe(steward ? people[o][role].userId : null)
          expect(seen?.title).toBe('Felles promptbibliotek for tilbud')
          expect(seen?.vote_count).toBe(0)
        }
      })

      it(`${role} of ${own ? 'the same' : 'another'} organisation: delete`, async () => {
        const left = await tryAs(people[o][role], async (tx) => {
          await tx.query('delete from public.ideas where id = $1', [idea])
          return (await tx.query('select 1 from public.ideas where id = $1', [idea])).rows.length
        })
        // Inside the (rolled-back) transaction: only the admin of the organisation deleted it.
        if (own) expect(left).toBe(role === 'admin' ? 0 : 1)
        else expect(left).toBe(0)
        const still = await db.query('select 1 from public.ideas where id = $1', [idea])
        expect(still.rows.length).toBe(1)
      })
    }
  }

  it('the author edits content but not status; author_id, created_on and vote_count are the server\'s', async () => {
    const [r] = await author.push([
      upsert('ideas', {
        id: idea,
        organisation_id: org.A,
        kind: 'obstacle',
        title: 'Felles promptbibliotek for tilbud (oppdatert)',
        body: '',
        status: 'done',
        answer: 'Selvsvar',
        author_id: people.A.admin.userId,
        created_on: '2001-01-01',
        vote_count: 50,
      }),
    ])
    expect(r).toMatchObject({ status: 'applied' })
    const row = (await db.query<Record<string, unknown>>('select * from public.ideas where id = $1', [idea])).rows[0]!
    expect(row.title).toBe('Felles promptbibliotek for tilbud (oppdatert)')
    expect(row.kind).toBe('obstacle')
    expect(row.status).toBe('new')
    expect(row.answer).toBe('')
    expect(row.author_id).toBe(author.userId)
    expect(String((row.created_on as Date).getFullYear())).not.toBe('2001')
    expect(row.vote_count).toBe(0)
  })

  it('a push that forges an author or says anonymous is refused or corrected', async () => {
    const forged = await namedIdea(people.A.member, org.A, { author_id: author.userId })
    const row = (await db.query<{ author_id: string }>('select author_id from public.ideas where id = $1', [forged])).rows[0]
    expect(row?.author_id).toBe(people.A.member.userId)
    const [r] = await people.A.member.push([
      upsert('ideas', { id: uuid(), organisation_id: org.A, kind: 'idea', title: 'x', anonymous: true }),
    ])
    expect(r).toMatchObject({ status: 'rejected' })
  })

  it('oversize values are refused', async () => {
    const [a, b, c] = await people.A.member.push([
      upsert('ideas', { id: uuid(), organisation_id: org.A, kind: 'idea', title: 'x'.repeat(141) }),
      upsert('ideas', { id: uuid(), organisation_id: org.A, kind: 'idea', title: 'ok', body: 'x'.repeat(2001) }),
      upsert('ideas', { id: uuid(), organisation_id: org.A, kind: 'wish', title: 'ok' }),
    ])
    expect([a?.status, b?.status, c?.status]).toEqual(['rejected', 'rejected', 'rejected'])
    const code = await error(() =>
      people.A.ambassador.asUser((tx) =>
        tx.query(`update public.ideas set answer = $2, status = 'planned' where id = $1`, [idea, 'x'.repeat(501)]),
      ),
    )
    expect(code).toBe('23514')
  })
})

describe('idea votes', () => {
  let idea: string
  beforeAll(async () => {
    idea = await namedIdea(author, org.A)
  })

  it('members of the organisation vote once each; the count is kept by the server', async () => {
    const [forged] = await people.A.member.push([
      upsert('idea_votes', { id: uuid(), idea_id: idea, organisation_id: org.A, user_id: author.userId }),
    ])
    expect(forged).toMatchObject({ status: 'rejected', reason: 'forbidden_author' })
    for (const role of roles) {
      const [r] = await people.A[role].push([
        upsert('idea_votes', { id: uuid(), idea_id: idea, organisation_id: org.A }),
      ])
      expect(r).toMatchObject({ status: 'applied' })
    }
    const [twice] = await people.A.member.push([
      upsert('idea_votes', { id: uuid(), idea_id: idea, organisation_id: org.A }),
    ])
    expect(twice).toMatchObject({ status: 'rejected' })
    const count = (await db.query<{ vote_count: number }>('select vote_count from public.ideas where id = $1', [idea])).rows[0]
    expect(count?.vote_count).toBe(4)
    const owners = (await db.query<{ user_id: string }>('select user_id from public.idea_votes where idea_id = $1', [idea])).rows
    expect(owners.map((o) => o.user_id).sort()).toEqual(roles.map((r) => people.A[r].userId).sort())
  })

  it('another organisation cannot vote', async () => {
    for (const role of roles) {
      const [r] = await people.B[role].push([upsert('idea_votes', { id: uuid(), idea_id: idea, organisation_id: org.A })])
      expect(r).toMatchObject({ status: 'rejected' })
    }
  })

  it('only the person reads their own vote: HR, admins and ambassadors read no other vote', async () => {
    for (const o of ['A', 'B'] as Org[]) {
      for (const role of roles) {
        const rows = await tryAs(people[o][role], (tx) =>
          tx.query<{ user_id: string }>('select user_id from public.idea_votes where idea_id = $1', [idea]),
        )
        expect(rows.rows.map((r) => r.user_id)).toEqual(o === 'A' ? [people[o][role].userId] : [])
      }
    }
    const pulled = await people.A.hr.pull(null, 1000)
    const votes = pulled.changes.filter((c) => c.table === 'idea_votes')
    expect(votes.every((c) => c.row.user_id === people.A.hr.userId)).toBe(true)
    expect(votes.length).toBe(1)
  })

  it('un-voting deletes the row and lowers the count; nobody deletes another\'s vote', async () => {
    const mine = (await db.query<{ id: string }>('select id from public.idea_votes where idea_id = $1 and user_id = $2', [idea, people.A.member.userId])).rows[0]!.id
    const [foreign] = await people.A.admin.push([del('idea_votes', mine)])
    expect((await db.query('select 1 from public.idea_votes where id = $1', [mine])).rows.length).toBe(1)
    expect(foreign?.status).toBeDefined()
    const [r] = await people.A.member.push([del('idea_votes', mine)])
    expect(r).toMatchObject({ status: 'applied' })
    const count = (await db.query<{ vote_count: number }>('select vote_count from public.ideas where id = $1', [idea])).rows[0]
    expect(count?.vote_count).toBe(3)
  })
})

/** Every (table, column, count) where a text rendering of the value holds `needle`. */
async function traces(needle: string): Promise<string[]> {
  const cols = await db.query<{ s: string; t: string; c: string }>(
    `select c.table_schema as s, c.table_name as t, c.column_name as c
     from information_schema.columns c
     join information_schema.tables t using (table_schema, table_name)
     where t.table_type = 'BASE TABLE'
       and c.table_schema not in ('pg_catalog', 'information_schema')`,
  )
  const found: string[] = []
  for (const { s, t, c } of cols.rows) {
    const q = `select count(*)::int as n from ${ident(s)}.${ident(t)} where ${ident(c)}::text like '%' || $1 || '%'`
    const n = (await db.query<{ n: number }>(q, [needle])).rows[0]?.n ?? 0
    if (n > 0) found.push(`${s}.${t}.${c}:${n}`)
  }
  return found.sort()
}
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`

describe('anonymous ideas', () => {
  it('leave no trace of their author in any table or column, before and after the release', async () => {
    const writer = await createMember(db, org.A)
    const before = await traces(writer.userId)
    const id = uuid()
    const status = await writer.submitAnonymousIdea({
      id,
      organisation_id: org.A,
      kind: 'obstacle',
      title: 'Vi får ikke bruke Copilot på kundedata',
      body: 'Uklart hva som er lov.',
    })
    expect(status).toBe('queued')
    expect(await traces(writer.userId)).toEqual(before)
    // Not public yet: queued with its day only.
    expect((await db.query('select 1 from public.ideas where id = $1', [id])).rows.length).toBe(0)
    const queued = (await db.query<Record<string, unknown>>('select * from private.anonymous_idea_queue where id = $1', [id])).rows[0]
    expect(Object.keys(queued ?? {}).sort()).toEqual(['body', 'id', 'kind', 'organisation_id', 'queued_on', 'title'])
    // The release of today's ideas (as tomorrow's would): public, author null, a day only.
    const released = (await db.query<{ n: number }>(`select private.release_anonymous_ideas(current_date + 1) as n`)).rows[0]?.n
    expect(released).toBeGreaterThanOrEqual(1)
    const row = (await db.query<Record<string, unknown>>('select * from public.ideas where id = $1', [id])).rows[0]
    expect(row?.author_id).toBeNull()
    expect(row?.anonymous).toBe(true)
    expect(row?.status).toBe('new')
    expect(await traces(writer.userId)).toEqual(before)
    // Nothing in the idempotency table, for this person, ever.
    const mutations = (await db.query('select 1 from private.sync_mutations where user_id = $1', [writer.userId])).rows
    expect(mutations.length).toBe(0)
    // Every member reads it; ambassadors answer it.
    const seen = await people.A.member.pull(null, 1000)
    expect(seen.changes.some((c) => c.table === 'ideas' && c.row.id === id && c.row.author_id === null)).toBe(true)
    const notB = await people.B.member.pull(null, 1000)
    expect(notB.changes.some((c) => c.row.id === id)).toBe(false)
    // An ambassador answers it through the sync, sending the row as pulled.
    const pulled = seen.changes.find((c) => c.row.id === id)!.row
    const [answer] = await people.A.ambassador.push([
      upsert('ideas', { ...pulled, status: 'planned', answer: 'Vi lager en veileder i januar.' }),
    ])
    expect(answer).toMatchObject({ status: 'applied' })
    const after = (await db.query<Record<string, unknown>>('select * from public.ideas where id = $1', [id])).rows[0]
    expect(after).toMatchObject({ status: 'planned', author_id: null, anonymous: true })
    // A member (not its author, nobody is) may not write it at all.
    const [member] = await people.A.member.push([upsert('ideas', { ...pulled, status: 'done' })])
    expect(member).toMatchObject({ status: 'rejected' })
    expect(await traces(writer.userId)).toEqual(before)
  })

  it('a replay of the same id is answered "duplicate" and counts nothing', async () => {
    const writer = await createMember(db, org.A)
    const idea = { id: uuid(), organisation_id: org.A, kind: 'idea' as const, title: 'Kurs i AI for ledere', body: '' }
    expect(await writer.submitAnonymousIdea(idea)).toBe('queued')
    expect(await writer.submitAnonymousIdea(idea)).toBe('duplicate')
    expect(await writer.submitAnonymousIdea({ ...idea, title: 'Endret' })).toBe('duplicate')
    const q = (await db.query<{ n: number }>('select count(*)::int as n from private.anonymous_idea_queue where id = $1', [idea.id])).rows[0]
    expect(q?.n).toBe(1)
    // Four more fit today (5 per person and day): the replays did not count.
    for (let i = 0; i < 4; i++) {
      expect(await writer.submitAnonymousIdea({ ...idea, id: uuid() })).toBe('queued')
    }
    expect(await writer.submitAnonymousIdea({ ...idea, id: uuid() })).toBe('rate_limited')
    // Somebody else is not limited by it.
    const other = await createMember(db, org.A)
    expect(await other.submitAnonymousIdea({ ...idea, id: uuid() })).toBe('queued')
  })

  it('the limit is kept under a salted hash that rotates with the day', async () => {
    const hashes = (await db.query<{ person_hash: string; day: string }>('select person_hash, day::text from private.anonymous_idea_counts')).rows
    expect(hashes.length).toBeGreaterThan(0)
    for (const h of hashes) expect(h.person_hash).toMatch(/^[0-9a-f]{64}$/)
    await db.query(`insert into private.anonymous_idea_salts (day, salt) values (current_date - 1, 'old')`)
    await db.query(`insert into private.anonymous_idea_counts (day, person_hash, n) values (current_date - 1, repeat('a', 64), 1)`)
    await db.query('select private.release_anonymous_ideas()')
    const old = (await db.query(`select 1 from private.anonymous_idea_salts where day < current_date
      union all select 1 from private.anonymous_idea_counts where day < current_date`)).rows
    expect(old.length).toBe(0)
  })

  it('refuses outsiders, bad values and direct access to the queue', async () => {
    const idea = { id: uuid(), organisation_id: org.A, kind: 'idea' as const, title: 'Hei', body: '' }
    expect(await people.B.member.submitAnonymousIdea(idea)).toBe('forbidden')
    expect(await people.A.member.submitAnonymousIdea({ ...idea, title: '' })).toBe('invalid')
    expect(await people.A.member.submitAnonymousIdea({ ...idea, title: 'x'.repeat(141) })).toBe('invalid')
    expect(await people.A.member.submitAnonymousIdea({ ...idea, body: 'x'.repeat(2001) })).toBe('invalid')
    expect(await people.A.member.submitAnonymousIdea({ ...idea, kind: 'wish' as 'idea' })).toBe('invalid')
    const code = await error(() =>
      people.A.admin.asUser((tx) => tx.query('select * from private.anonymous_idea_queue')),
    )
    expect(code).toBe('42501')
    const release = await error(() =>
      people.A.admin.asUser((tx) => tx.query('select private.release_anonymous_ideas(current_date + 1)')),
    )
    expect(release).toBe('42501')
  })
})

describe('organisation challenges', () => {
  let post: string
  let postAuthor: PgliteRemote
  const challenge = (id: string, extra: Record<string, unknown> = {}) =>
    upsert('organisation_challenges', {
      id,
      organisation_id: org.A,
      source_post_id: post,
      title: 'Kravspesifikasjon på to timer',
      task: 'Skriv et utkast til kravspesifikasjon med en KI-assistent.',
      example_prompt: 'Du er en erfaren innkjøper …',
      checklist: ['Ingen personopplysninger', 'Kildene er sjekket'],
      status: 'published',
      credited_user_id: people.A.admin.userId,
      ...extra,
    })
  const status = async (id: string) =>
    (await db.query<{ status: string }>('select status from public.organisation_challenges where id = $1', [id])).rows[0]?.status
  const pulledIds = async (who: PgliteRemote) =>
    (await who.pull(null, 1000)).changes.filter((c) => c.table === 'organisation_challenges').map((c) => c.row.id)

  beforeAll(async () => {
    postAuthor = await createMember(db, org.A)
    post = uuid()
    // As the service role: the posts table's own rules are tested with it.
    await db.query(
      `insert into public.community_posts (id, organisation_id, author_id) select $1, $2, $3
       where not exists (select 1 from information_schema.columns
         where table_schema = 'public' and table_name = 'community_posts' and column_name = 'title')`,
      [post, org.A, postAuthor.userId],
    )
    if ((await db.query('select 1 from public.community_posts where id = $1', [post])).rows.length === 0) {
      await db.query(
        `insert into public.community_posts (id, organisation_id, author_id, kind, title)
         values ($1, $2, $3, 'use_case', 'Kravspek på to timer')`,
        [post, org.A, postAuthor.userId],
      )
    }
  })

  it('members and HR cannot make one; another organisation\'s ambassador cannot', async () => {
    for (const who of [people.A.member, people.A.hr, people.B.ambassador, people.B.admin, postAuthor]) {
      const [r] = await who.push([challenge(uuid())])
      expect(r).toMatchObject({ status: 'rejected' })
    }
  })

  it('an ambassador makes one: awaiting the author, credited to the post\'s author, seen by them and stewards only', async () => {
    const id = uuid()
    const [r] = await people.A.ambassador.push([challenge(id)])
    expect(r).toMatchObject({ status: 'applied' })
    const row = (await db.query<Record<string, unknown>>('select * from public.organisation_challenges where id = $1', [id])).rows[0]!
    expect(row.status).toBe('awaiting_author')
    expect(row.credited_user_id).toBe(postAuthor.userId)
    expect(row.created_by).toBe(people.A.ambassador.userId)
    expect(await pulledIds(postAuthor)).toContain(id)
    expect(await pulledIds(people.A.admin)).toContain(id)
    expect(await pulledIds(people.A.member)).not.toContain(id)
    expect(await pulledIds(people.A.hr)).not.toContain(id)
    expect(await pulledIds(people.B.ambassador)).not.toContain(id)

    // Nobody publishes on the author's behalf.
    const [forced] = await people.A.ambassador.push([challenge(id, { status: 'published' })])
    expect(forced).toMatchObject({ status: 'rejected' })
    expect(await status(id)).toBe('awaiting_author')
    // A member is not the author: refused.
    const [other] = await people.A.member.push([challenge(id, { status: 'published' })])
    expect(other).toMatchObject({ status: 'rejected' })

    // The author agrees (their content changes are ignored): every member receives it.
    const [agreed] = await postAuthor.push([challenge(id, { status: 'published', title: 'Kapret' })])
    expect(agreed).toMatchObject({ status: 'applied' })
    expect(await status(id)).toBe('published')
    const title = (await db.query<{ title: string }>('select title from public.organisation_challenges where id = $1', [id])).rows[0]?.title
    expect(title).toBe('Kravspesifikasjon på to timer')
    expect(await pulledIds(people.A.member)).toContain(id)
    expect(await pulledIds(people.A.hr)).toContain(id)
    expect(await pulledIds(people.B.member)).not.toContain(id)

    // Published content stays as agreed, even for the ambassador.
    await people.A.ambassador.push([challenge(id, { status: 'published', task: 'Noe annet' })])
    const task = (await db.query<{ task: string }>('select task from public.organisation_challenges where id = $1', [id])).rows[0]?.task
    expect(task).toBe('Skriv et utkast til kravspesifikasjon med en KI-assistent.')

    // Retire: only stewards; members cannot; the ambassador can bring it back.
    const [memberRetire] = await people.A.member.push([challenge(id, { status: 'retired' })])
    expect(memberRetire).toMatchObject({ status: 'rejected' })
    const [retired] = await people.A.ambassador.push([challenge(id, { status: 'retired' })])
    expect(retired).toMatchObject({ status: 'applied' })
    expect(await status(id)).toBe('retired')
    // An ambassador may not delete a published or retired one; an admin may.
    const [ambDelete] = await people.A.ambassador.push([del('organisation_challenges', id)])
    expect(ambDelete?.status).toBeDefined()
    expect(await status(id)).toBe('retired')
  })

  it('the author may decline; then stewards edit and ask again', async () => {
    const id = uuid()
    await people.A.ambassador.push([challenge(id)])
    const [declined] = await postAuthor.push([challenge(id, { status: 'declined' })])
    expect(declined).toMatchObject({ status: 'applied' })
    expect(await status(id)).toBe('declined')
    const [again] = await people.A.ambassador.push([
      challenge(id, { status: 'awaiting_author', title: 'Ny tittel' }),
    ])
    expect(again).toMatchObject({ status: 'applied' })
    expect(await status(id)).toBe('awaiting_author')
    const [gone] = await people.A.ambassador.push([del('organisation_challenges', id)])
    expect(gone).toMatchObject({ status: 'applied' })
    expect(await status(id)).toBeUndefined()
  })

  it('refuses a post of another organisation and oversize values', async () => {
    const [r] = await people.B.ambassador.push([challenge(uuid(), { organisation_id: org.B })])
    expect(r).toMatchObject({ status: 'rejected' })
    const [big] = await people.A.ambassador.push([challenge(uuid(), { checklist: Array(11).fill('x') })])
    expect(big).toMatchObject({ status: 'rejected' })
    const [long] = await people.A.ambassador.push([challenge(uuid(), { title: 'x'.repeat(141) })])
    expect(long).toMatchObject({ status: 'rejected' })
  })
})
