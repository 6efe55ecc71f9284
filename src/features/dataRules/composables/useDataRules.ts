// The organisation's rules as synced to the device, or Løft's defaults in local mode.
export { useDataRules } from '../useDataRules'
