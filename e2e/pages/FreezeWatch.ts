// Measures "the page never freezes for more than a second". A journey calls resetFreezes just before the action
// it measures and expectNoFreeze after it; in between, a Chrome trace records every main-thread task.
//
// The budget is held against each task's thread time: the page's own CPU time, which is what the app controls and
// what a quiet user machine sees as the freeze. Its wall time is stretched by whatever else the machine runs (a
// second `npm test` beside this one made a 50 MB paste's task 1.1–2 s of wall time), so wall time is kept only as a
// hang guard, from a PerformanceObserver for long tasks installed before the app loads. The trace covers the
// measured action only: recorded from page load, it made each journey take ~50 s instead of 12–20 s.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { FREEZE_TRACE_CATEGORIES, longestTasks } from '../../scripts/trace-tasks.mjs'

declare global {
  interface Window {
    __longTasks?: number[]
  }
}

/** FREEZE_LIMIT_MS: the most thread time a journey accepts for any one main-thread task. */
export const FREEZE_LIMIT_MS = 1000
/** HANG_LIMIT_MS: the most wall time any one task may take, however busy the machine is. */
export const HANG_LIMIT_MS = 10_000

/** The browser whose trace is recording (one per Playwright worker; the freeze project runs one worker). */
let tracing: Browser | null = null

/** stopTrace ends the trace being recorded, if any, and returns it. */
async function stopTrace(): Promise<Buffer | null> {
  const browser = tracing
  tracing = null
  return browser ? browser.stopTracing() : null
}

/** watchFreezes records the wall time of every long task of the page (call before page.goto). */
export async function watchFreezes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks!.push(Math.round(e.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** longestWallTask returns the longest main-thread task seen so far, in ms of wall time (0 when none was over 50 ms). */
async function longestWallTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])))
}

/**
 * resetFreezes forgets the tasks seen so far (e.g. page start-up) and starts recording, to measure what follows.
 * The trace belongs to the browser, not the page (one started on a page cannot be stopped once that page has
 * closed, and the browser then refuses every later trace).
 */
export async function resetFreezes(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__longTasks = []
  })
  await stopTrace()
  const browser = page.context().browser()
  if (!browser) throw new Error('the freeze journeys need a browser to trace (not a persistent context)')
  await browser.startTracing(undefined, { categories: FREEZE_TRACE_CATEGORIES })
  tracing = browser
}

/**
 * expectNoFreeze fails when any main-thread task since resetFreezes took more than FREEZE_LIMIT_MS of thread time
 * or HANG_LIMIT_MS of wall time.
 */
export async function expectNoFreeze(page: Page): Promise<void> {
  // Measured alone on the machine, or the other workers' load is measured too (playwright.config.ts).
  expect(test.info().project.name, 'a journey that checks freezes must match FREEZE_SPECS').toBe('freeze')
  const wall = await longestWallTask(page)
  const trace = await stopTrace()
  expect(trace, 'resetFreezes must start the measure before expectNoFreeze').not.toBeNull()
  const [longest] = longestTasks(JSON.parse(trace!.toString()), 1)
  expect(longest, "the trace must hold the page's main-thread tasks").toBeDefined()
  // Recorded in the report (annotations), so the measurements can be read without re-running.
  test.info().annotations.push({
    type: 'longest main-thread task',
    description: `${longest.threadMs} ms of thread time (${longest.wallMs} ms wall); longest wall time ${wall} ms`,
  })
  expect(longest.threadMs, 'the longest main-thread task (ms of thread time)').toBeLessThan(FREEZE_LIMIT_MS)
  expect(wall, 'the longest main-thread task (ms of wall time)').toBeLessThan(HANG_LIMIT_MS)
}
