import type { CellGap } from '@/domain/matrix'
import type { CompetencyId } from '@/domain/competence'

/** One job role as the matrix screens lay it out. */
export interface MatrixRow {
  key: string
  name: string
  suppressed: boolean
  people: number | null
  cells: { competency: CompetencyId; gap: CellGap }[]
}

export interface CellRef {
  roleKey: string
  competency: CompetencyId
}
