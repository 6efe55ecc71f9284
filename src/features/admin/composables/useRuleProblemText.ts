import { useI18n } from 'vue-i18n'
import type { DataClass } from '@/domain/competence'
import { dataClasses, type ApprovedTool, type DataRules } from '@/domain/dataRules'
import { DATA_RULES_LIMITS, type DataRulesProblem } from '@/domain/dataRulesInput'

/** Plain-language text for a problem found in the rules, naming the tool and the classes. */
export function useRuleProblemText() {
  const { t, te, locale } = useI18n()

  /** Product names are not translated; Løft's generic description of a tool is. */
  function toolName(tool: Pick<ApprovedTool, 'id' | 'name'>): string {
    if (te(`dataClass.toolNames.${tool.id}`)) return t(`dataClass.toolNames.${tool.id}`)
    return tool.name.trim() || t('adminRules.tools.unnamed')
  }

  const classData = (c: DataClass) => t(`adminRules.classData.${c}`)
  /** "A, B and C" / "A, B og C", as the locale writes it. */
  const list = (items: string[]) =>
    new Intl.ListFormat(locale.value, { style: 'long', type: 'conjunction' }).format(items)

  function problemText(problem: DataRulesProblem, rules: DataRules): string {
    const tool = rules.tools.find((x) => x.id === problem.toolId)
    const params: Record<string, string | number> = {
      tool: tool ? toolName(tool) : (problem.toolId ?? ''),
      term: 'term' in problem ? (problem.term ?? '') : '',
      ...DATA_RULES_LIMITS,
    }
    if (problem.code === 'classes_not_cumulative' && problem.toolId) {
      const classes = rules.allowed[problem.toolId] ?? []
      const highest = Math.max(...classes.map((c) => dataClasses.indexOf(c)))
      params.dataClass = classData(dataClasses[highest] ?? 'green')
      params.missing = list(dataClasses.slice(0, highest).filter((c) => !classes.includes(c)).map(classData))
    }
    return t(`adminRules.errors.${problem.code}`, params)
  }

  return { toolName, problemText, classData, list }
}
