// @vitest-environment node
/**
 * The typed boundary (issue 13): src/data/remote/database.types.ts is what the migrations give
 * (scripts/gen-types.mjs, the Supabase CLI's type generation), and the client's list of synced
 * tables (src/data/sync/tables.ts) is the server's registry (private.synced_tables).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createServerDb } from '../helpers/pglite'
import { committedTypes, generateDatabaseTypes } from '../../scripts/gen-types.mjs'
import { serverOnlyTables, syncedTables } from '@/data/sync/tables'

let db: PGlite

beforeAll(async () => {
  db = await createServerDb()
})
afterAll(async () => {
  await db.close()
})

describe('the typed boundary', () => {
  it('database.types.ts is what the current migrations give (else: npm run gen:types)', async () => {
    const generated = await generateDatabaseTypes(db)
    expect(
      committedTypes(),
      'src/data/remote/database.types.ts is stale: run npm run gen:types',
    ).toBe(generated)
  })

  it("src/data/sync/tables.ts lists the server's registry of synced tables", async () => {
    // As the database owner (PGlite's session user): the registry is not readable through the API.
    const { rows } = await db.query<{ table_name: string }>(
      'select table_name from private.synced_tables order by table_name',
    )
    const server = rows.map((r) => r.table_name)
    const client = [...syncedTables, ...serverOnlyTables].sort()
    expect(client).toEqual(server)
    expect(new Set(client).size).toBe(client.length)
  })
})
