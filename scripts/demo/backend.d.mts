// Types for scripts/demo/backend.mjs (plain JavaScript, run by node), for the tests that import it.
import type { Server } from 'node:http'
import type { PGlite } from '@electric-sql/pglite'
import type { CompanyOptions, CompanyRows } from './company'

export const TEST_CODE: string
export function insertCompany(db: PGlite, tables: CompanyRows, options?: { replica?: boolean }): Promise<void>
export function makeCompany(options?: CompanyOptions): Promise<{ tables: CompanyRows; rows: number; ms: number }>
export function assertDevelopmentUse(options?: { host?: string; env?: Record<string, string | undefined> }): void
export function startServer(
  port: number,
  options?: {
    host?: string
    dataDir?: string
    reset?: boolean
    company?: (CompanyOptions & { people: number; seed: number }) | null
  },
): Promise<{ server: Server; db: PGlite; url: string }>
