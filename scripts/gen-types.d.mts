// Types for scripts/gen-types.mjs (plain JavaScript, run by node), for the test that imports it.
export const typesPath: string
export function generateDatabaseTypes(db: {
  query(sql: string): Promise<{ rows: unknown[] }>
}): Promise<string>
export function committedTypes(): string
