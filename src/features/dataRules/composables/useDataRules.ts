import { shallowRef } from 'vue'
import { defaultDataRules, type DataRules } from '@/domain/dataRules'

/**
 * The data rules and the organisation's own sensitive words that the guard and the tool lists
 * use. Until the organisation's settings are stored on the device, these are Løft's careful
 * local defaults (see defaultDataRules) and no custom words.
 */
export function useDataRules() {
  const rules = shallowRef<DataRules>(defaultDataRules())
  const customTerms = shallowRef<readonly string[]>([])
  return { rules, customTerms }
}
