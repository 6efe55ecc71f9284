export * from './scheduler'
