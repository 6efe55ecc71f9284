/** A content file's default export as a list (a file may export one item or several). */
export function asList<T>(value: T | readonly T[]): T[] {
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T]
}

/** The items of eagerly globbed content files. */
export function flatten<T>(files: Record<string, { default: T | readonly T[] }>): readonly T[] {
  return Object.values(files).flatMap((m) => asList(m.default))
}
