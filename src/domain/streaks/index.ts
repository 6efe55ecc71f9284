export * from './localDate'
export * from './holidays'
export * from './learningWindow'
export * from './streak'
