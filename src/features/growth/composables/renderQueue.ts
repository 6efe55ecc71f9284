/**
 * Hands out turns to draw, one per macrotask: creating a chart.js chart takes tens of
 * milliseconds, so three in one task would make one long task that blocks input. Each chart
 * waits for its own turn instead. (Module state on purpose: the queue is shared by every chart.)
 */
let last: Promise<void> = Promise.resolve()

export function nextTurn(): Promise<void> {
  last = last.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
  return last
}
