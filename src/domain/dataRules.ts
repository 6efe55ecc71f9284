/**
 * Approved AI tools and data rules (PRODUCT.md X3): which data classes each tool may receive.
 * Green = public, yellow = internal, red = personal data or confidential.
 */
import type { DataClass } from './competence'

export const dataClasses: readonly DataClass[] = ['green', 'yellow', 'red']

export interface ApprovedTool {
  id: string
  /** Product names are not translated. */
  name: string
  url?: string
  /** A retired tool stays listed (prompts may refer to it) but may receive nothing. */
  retired?: boolean
  /**
   * The organisation has a data processing agreement (databehandleravtale) covering this tool.
   * Without one, no personal data may go to it, so it can never be allowed red data.
   */
  dataProcessingAgreement?: boolean
}

export interface DataRules {
  tools: ApprovedTool[]
  /** Per tool id, the data classes it may receive. A tool not listed may receive nothing. */
  allowed: Record<string, DataClass[]>
}

/**
 * The rules Løft uses in local mode, before an organisation has set its own. Deliberately careful:
 *
 * - Microsoft 365 Copilot, signed in with a work account (enterprise data protection: prompts are
 *   not used for training and stay inside the organisation's Microsoft 365 boundary): green and
 *   yellow.
 * - ChatGPT Enterprise / Team (business plans: no training on your data, admin controls): green
 *   and yellow.
 * - A free consumer chatbot on a private account (the provider may keep and use what you type):
 *   green only.
 * - Red: no tool. Personal and confidential data may only go to a tool the organisation has
 *   approved for it, with a data processing agreement and, where needed, a data protection impact
 *   assessment. Only the organisation can decide that, so the default cannot.
 *
 * Yellow for the business tools is a reasonable starting point, not legal advice: each
 * organisation confirms its own licences and settings.
 */
export function defaultDataRules(): DataRules {
  return {
    tools: [
      {
        id: 'm365-copilot',
        name: 'Microsoft 365 Copilot',
        url: 'https://m365.cloud.microsoft/chat',
      },
      { id: 'chatgpt-business', name: 'ChatGPT Enterprise / Team', url: 'https://chatgpt.com' },
      { id: 'consumer-chatbot', name: 'Free consumer chatbot' },
    ],
    allowed: {
      'm365-copilot': ['green', 'yellow'],
      'chatgpt-business': ['green', 'yellow'],
      'consumer-chatbot': ['green'],
    },
  }
}

function allowedClasses(toolId: string, rules: DataRules): readonly DataClass[] {
  return Object.hasOwn(rules.allowed, toolId) ? (rules.allowed[toolId] ?? []) : []
}

/** The tools (not retired) that may receive data of this class, in the organisation's order. */
export function toolsAllowedFor(dataClass: DataClass, rules: DataRules): ApprovedTool[] {
  return rules.tools.filter(
    (tool) => !tool.retired && allowedClasses(tool.id, rules).includes(dataClass),
  )
}

export function isToolAllowed(toolId: string, dataClass: DataClass, rules: DataRules): boolean {
  const tool = rules.tools.find((t) => t.id === toolId)
  return tool !== undefined && !tool.retired && allowedClasses(toolId, rules).includes(dataClass)
}

export type DataRulesErrorCode =
  | 'tool_id_missing'
  | 'tool_id_duplicate'
  | 'tool_name_missing'
  | 'tool_url_invalid'
  | 'rule_for_unknown_tool'
  | 'unknown_data_class'
  /** A tool allowed yellow or red must be allowed the less sensitive classes too. */
  | 'classes_not_cumulative'
  /** Red data needs a data processing agreement. */
  | 'red_without_agreement'
  /** A retired tool may receive nothing. */
  | 'retired_tool_allowed'

export interface DataRulesError {
  code: DataRulesErrorCode
  toolId?: string
}

/** Every problem in the rules; an empty list means they are fine to save. */
export function validateRules(rules: DataRules): DataRulesError[] {
  const errors: DataRulesError[] = []
  const seen = new Set<string>()
  for (const tool of rules.tools) {
    const id = tool.id.trim()
    if (id === '') {
      errors.push({ code: 'tool_id_missing' })
      continue
    }
    if (seen.has(id)) errors.push({ code: 'tool_id_duplicate', toolId: id })
    seen.add(id)
    if (tool.name.trim() === '') errors.push({ code: 'tool_name_missing', toolId: id })
    if (tool.url !== undefined && !isWebUrl(tool.url)) {
      errors.push({ code: 'tool_url_invalid', toolId: id })
    }
  }

  for (const [toolId, classes] of Object.entries(rules.allowed)) {
    const tool = rules.tools.find((t) => t.id === toolId)
    if (!tool) {
      errors.push({ code: 'rule_for_unknown_tool', toolId })
      continue
    }
    if (classes.some((c) => !dataClasses.includes(c))) {
      errors.push({ code: 'unknown_data_class', toolId })
      continue
    }
    const most = Math.max(-1, ...classes.map((c) => dataClasses.indexOf(c)))
    if (dataClasses.slice(0, most + 1).some((c) => !classes.includes(c))) {
      errors.push({ code: 'classes_not_cumulative', toolId })
    }
    if (classes.includes('red') && !tool.dataProcessingAgreement) {
      errors.push({ code: 'red_without_agreement', toolId })
    }
    if (tool.retired && classes.length > 0) errors.push({ code: 'retired_tool_allowed', toolId })
  }
  return errors
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** What the library needs to know about a prompt to check it against the rules. */
export interface PromptToolLink {
  id: string
  /** The tools the prompt was written for (empty or missing: any approved tool). */
  toolIds?: readonly string[]
  dataClass?: DataClass
}

export type ReviewReason = 'tool_retired' | 'tool_not_approved' | 'class_not_allowed'

export interface PromptNeedingReview<P extends PromptToolLink> {
  prompt: P
  /** Per tool id of the prompt, what is wrong with it. */
  problems: { toolId: string; reason: ReviewReason }[]
}

/**
 * Whether a prompt is fit to show members (issue 20 item 5): none of its tools is retired, off the
 * list or barred from its data class, and some approved tool may receive it. A prompt that fails
 * waits for an ambassador to re-check it: hidden from members, never featured.
 */
export function promptFitForMembers(prompt: PromptToolLink, rules: DataRules): boolean {
  if (promptsNeedingReview([prompt], rules).length > 0) return false
  const ids = prompt.toolIds ?? []
  const allowed = prompt.dataClass ? toolsAllowedFor(prompt.dataClass, rules) : rules.tools.filter((t) => !t.retired)
  return ids.length ? ids.some((id) => allowed.some((t) => t.id === id)) : allowed.length > 0
}

/**
 * Library prompts an ambassador should look at (PRODUCT.md P2): tied to a tool that is retired or
 * not on the approved list, or to a tool that may not receive the prompt's data class.
 */
export function promptsNeedingReview<P extends PromptToolLink>(
  prompts: readonly P[],
  rules: DataRules,
): PromptNeedingReview<P>[] {
  const needing: PromptNeedingReview<P>[] = []
  for (const prompt of prompts) {
    const problems: PromptNeedingReview<P>['problems'] = []
    for (const toolId of prompt.toolIds ?? []) {
      const tool = rules.tools.find((t) => t.id === toolId)
      if (!tool) problems.push({ toolId, reason: 'tool_not_approved' })
      else if (tool.retired) problems.push({ toolId, reason: 'tool_retired' })
      else if (prompt.dataClass && !isToolAllowed(toolId, prompt.dataClass, rules)) {
        problems.push({ toolId, reason: 'class_not_allowed' })
      }
    }
    if (problems.length > 0) needing.push({ prompt, problems })
  }
  return needing
}
