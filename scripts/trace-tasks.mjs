// Reads the page's main-thread tasks out of a Chrome trace (JSON from browser.stopTracing): the freeze bench
// (bench/freeze.mjs) and the freeze journeys (e2e/pages/FreezeWatch.ts) both judge a freeze by these tasks.

/**
 * mainThread finds the page's main thread in a Chrome trace: the renderer main thread with the most tasks (the
 * browser's own renderers do little). It returns the trace's events, the thread (`pid:tid`) and its tasks
 * (RunTask events), or null when the trace has none.
 */
export function mainThread(trace) {
  const events = trace.traceEvents ?? trace
  const threadNames = new Map()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name)
  const tasks = new Map()
  for (const e of events) {
    const t = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || e.name !== 'RunTask' || threadNames.get(t) !== 'CrRendererMain') continue
    if (!tasks.has(t)) tasks.set(t, [])
    tasks.get(t).push(e)
  }
  const main = [...tasks].sort((a, b) => b[1].length - a[1].length)[0]
  return main ? { events, id: main[0], tasks: main[1] } : null
}

/**
 * longestTasks: the `n` longest tasks of the page's main thread by thread time (its own CPU time, which a busy
 * machine does not stretch), each as { threadMs, wallMs }, longest first.
 */
export function longestTasks(trace, n = 1) {
  const thread = mainThread(trace)
  if (!thread) return []
  return thread.tasks
    .map((e) => ({ threadMs: Math.round((e.tdur ?? 0) / 1000), wallMs: Math.round((e.dur ?? 0) / 1000) }))
    .sort((a, b) => b.threadMs - a.threadMs)
    .slice(0, n)
}

/** longestThreadMs: the most thread time (ms) of any task of the page's main thread in a Chrome trace. */
export function longestThreadMs(trace) {
  return longestTasks(trace, 1)[0]?.threadMs ?? 0
}

/**
 * FREEZE_TRACE_CATEGORIES: what a trace needs for these functions (tasks with their thread time), and no more,
 * so recording it costs the page little.
 */
export const FREEZE_TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline']
