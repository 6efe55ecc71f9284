/**
 * The last answers of the server's insight functions (HR's figures, the privacy preview), kept on
 * this device (table `insightsCache`, version 12) so they show offline with the time they were
 * fetched. Written only by src/data/server/insights.ts after a fetch; read here (liveQuery-able).
 */
import type { InsightsCacheRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import {
  isInsightsAnswer,
  type InsightsAnswer,
  type InsightsPeriod,
} from '@/domain/insights'

export type InsightsKind = InsightsCacheRow['kind']

/** `<kind>:<organisation, or 'me' for the preview>:<period>`. */
export function insightsCacheKey(
  kind: InsightsKind,
  organisationId: string | null,
  period: InsightsPeriod,
): string {
  return `${kind}:${organisationId ?? 'me'}:${period}`
}

export interface Cached<T> {
  answer: T
  fetchedAt: string
}

async function cached(key: string): Promise<InsightsCacheRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.insightsCache.get(key)
}

/** HR's last figures of an organisation and period, or null if none were fetched here. */
export async function getCachedInsights(
  organisationId: string,
  period: InsightsPeriod,
): Promise<Cached<InsightsAnswer> | null> {
  const row = await cached(insightsCacheKey('insights', organisationId, period))
  return row && isInsightsAnswer(row.answer) ? { answer: row.answer, fetchedAt: row.fetched_at } : null
}

/** The last trend (oldest period first), or null. */
export async function getCachedTrend(
  organisationId: string,
  period: InsightsPeriod,
): Promise<Cached<InsightsAnswer[]> | null> {
  const row = await cached(insightsCacheKey('trend', organisationId, period))
  if (!row || !Array.isArray(row.answer) || !row.answer.every(isInsightsAnswer)) return null
  return { answer: row.answer, fetchedAt: row.fetched_at }
}

/**
 * The last privacy preview, or null if none was fetched. `answer` is null when the server said
 * the person belongs to no organisation.
 */
export async function getCachedPreview(
  period: InsightsPeriod,
): Promise<Cached<InsightsAnswer | null> | null> {
  const row = await cached(insightsCacheKey('preview', null, period))
  if (!row) return null
  if (row.answer !== null && !isInsightsAnswer(row.answer)) return null
  return { answer: row.answer, fetchedAt: row.fetched_at }
}

/** Stores an answer just fetched (src/data/server/insights.ts). */
export async function storeInsightsAnswer(row: InsightsCacheRow): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.insightsCache.put(row)
}

/** The organisation's departments and job roles as this device has them (names for the table). */
export async function getOrganisationGroups(
  organisationId: string | null,
): Promise<{ departments: { id: string; name: string }[]; jobRoles: { id: string; name: string }[] }> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return { departments: [], jobRoles: [] }
  const [departments, jobRoles] = await Promise.all([
    db.departments.where('organisation_id').equals(organisationId).toArray(),
    db.job_roles.where('organisation_id').equals(organisationId).toArray(),
  ])
  return {
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    jobRoles: jobRoles.map((r) => ({ id: r.id, name: r.name })),
  }
}
