/** The community's rules (PRODUCT.md F1, F2): limits, validation, minutes saved, feed. */
export * from './limits'
export * from './minutes'
export * from './validate'
export * from './feed'
