// Measures "the page never freezes for more than a second": a PerformanceObserver for long tasks (main-thread
// tasks over 50 ms) installed before the app loads; a journey asserts the longest one it saw.
import { expect, test, type Page } from '@playwright/test'

declare global {
  interface Window {
    __longTasks?: number[]
  }
}

/** FREEZE_LIMIT_MS: the longest main-thread task a journey accepts. */
export const FREEZE_LIMIT_MS = 1000

/** watchFreezes records every long task of the page (call before page.goto). */
export async function watchFreezes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks!.push(Math.round(e.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** longestTask returns the longest main-thread task seen so far, in ms (0 when none was over 50 ms). */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])))
}

/** resetFreezes forgets the tasks seen so far (e.g. page start-up), to measure what follows. */
export async function resetFreezes(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__longTasks = []
  })
}

/** expectNoFreeze fails when any main-thread task took longer than FREEZE_LIMIT_MS. */
export async function expectNoFreeze(page: Page): Promise<void> {
  // Measured alone on the machine, or the other workers' load is measured too (playwright.config.ts).
  expect(test.info().project.name, 'a journey that checks freezes must match FREEZE_SPECS').toBe('freeze')
  const longest = await longestTask(page)
  // Recorded in the report (annotations), so the measurements can be read without re-running.
  test.info().annotations.push({ type: 'longest main-thread task', description: `${longest} ms` })
  expect(longest, 'the longest main-thread task (ms)').toBeLessThan(FREEZE_LIMIT_MS)
}
