import type { Finding } from '@/domain/privacy'

/**
 * What a finding is called: its kind for a sure finding ("Kontonummer"), "may be" for one the
 * guard is not sure of ("Kan være et kontonummer").
 */
export function findingLabel(t: (key: string) => string, finding: Finding): string {
  return finding.confidence === 'sure'
    ? t(`guard.kind.${finding.kind}`)
    : t(`guard.maybe.${finding.kind}`)
}
