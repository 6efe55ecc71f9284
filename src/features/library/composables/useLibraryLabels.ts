import { useI18n } from 'vue-i18n'
import type { DataRules } from '@/domain/dataRules'

/** Words for departments, levels and tools; an organisation's own department word is shown as is. */
export function useLibraryLabels() {
  const { t, te } = useI18n()
  return {
    department: (value: string | null) =>
      value ? (te(`library.departments.${value}`) ? t(`library.departments.${value}`) : value) : '',
    level: (value: string | null) => (value ? t(`library.levels.${value}`) : ''),
    tool: (id: string, rules: DataRules) => {
      if (te(`dataClass.toolNames.${id}`)) return t(`dataClass.toolNames.${id}`)
      return rules.tools.find((tool) => tool.id === id)?.name ?? id
    },
  }
}
