/*
 * Computes the streak year off the main thread: the streak walk converts every learned day with
 * its own Intl.DateTimeFormat, which for a year of learning costs several hundred milliseconds in
 * Chromium — long enough to make the page stutter if it ran on the main thread.
 */
import { streakYear, type StreakYearInput } from './streakYear'

addEventListener('message', (event: MessageEvent<StreakYearInput>) => {
  postMessage(streakYear(event.data))
})
