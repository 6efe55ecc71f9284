import { useI18n } from 'vue-i18n'
import type { CellGap } from '@/domain/matrix'
import type { CompetencyId } from '@/domain/competence'

/** The words and numbers of a matrix cell in the app's language (skillsMatrix messages). */
export function useMatrixText() {
  const { t, locale } = useI18n()
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'nb-NO')
  const decimal = (v: number) =>
    new Intl.NumberFormat(tag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)
  const competencyName = (c: CompetencyId) => t(`skillsMatrix.competency.${c}`)
  /** "Mål 3 · nå 2,5 (målt)" — or the target alone when nothing is shown. */
  const cellLine = (g: CellGap) =>
    g.current === null
      ? t('skillsMatrix.cellTargetOnly', { target: g.target.level })
      : t(`skillsMatrix.cellLine.${g.basis}`, {
          target: g.target.level,
          current: decimal(g.current),
        })
  /** The gap in words (never colour alone): "Stort gap: 1,5 trinn under målet". */
  const gapText = (g: CellGap) =>
    g.gap === null
      ? t('skillsMatrix.severity.unknown')
      : t(`skillsMatrix.severity.${g.severity}`, { gap: decimal(Math.abs(g.gap)) })
  return { t, decimal, competencyName, cellLine, gapText }
}
