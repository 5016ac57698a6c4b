// Lint off the page's main thread: lintPolicy is quadratic in the rules (every rule against every earlier one),
// about a second for the builder's 2,000 rules, so the page hands it to a worker (lint.worker.ts). A finding's
// fix (a whole fixed policy) stays in the worker until the user applies it (loadFix). Where there are no
// workers (unit tests), or the worker fails, lint runs in the page as before.
import type { LintFinding, LintOptions } from '../policy/lintFinding.ts'
import type { Policy } from '../policy/types.ts'

/** LintMessage: what the page asks the worker: lint a policy, or the fixed policy of finding `index` of job `job`. */
export type LintMessage =
  | { op: 'lint'; id: number; policy: Policy; options: LintOptions }
  | { op: 'fix'; id: number; job: number; index: number }

/** A finding as it crosses from the worker: what its fix says, not the fixed policy. */
export type PlainFinding = Omit<LintFinding, 'fix'> & { fixSay?: Fix['say'] }

/** LintReply: the worker's answer to message `id`. */
export type LintReply =
  | { id: number; ok: true; findings: PlainFinding[] }
  | { id: number; ok: true; policy: Policy | null }
  | { id: number; ok: false; error: string }

type Fix = NonNullable<LintFinding['fix']>

let worker: Worker | null = null
let broken = false
let nextId = 1
const waiting = new Map<number, { resolve: (r: LintReply) => void; reject: (e: Error) => void }>()
/**
 * The worker's way to build each fix it reported (see loadFix), by the fix's `say`: wording a finding
 * (i18n/lint.ts) makes a new fix object around the same `say`.
 */
const workerFixes = new WeakMap<Fix['say'], () => Promise<Policy | null>>()

function stopWorker(error: Error): void {
  worker?.terminate()
  worker = null
  broken = true
  for (const w of waiting.values()) w.reject(error)
  waiting.clear()
}

function getWorker(): Worker | null {
  if (broken || typeof Worker === 'undefined') return null
  if (!worker) {
    const w = new Worker(new URL('./lint.worker.ts', import.meta.url), {
      type: 'module',
      name: 'policy-lint',
    })
    w.addEventListener('message', (event: MessageEvent<LintReply>) => {
      const entry = waiting.get(event.data.id)
      if (!entry) return
      waiting.delete(event.data.id)
      entry.resolve(event.data)
    })
    w.addEventListener('error', (event) => {
      event.preventDefault()
      stopWorker(new Error(`lint stopped: ${event.message || 'unknown error'}`))
    })
    worker = w
  }
  return worker
}

function ask(w: Worker, message: LintMessage): Promise<LintReply> {
  return new Promise((resolve, reject) => {
    waiting.set(message.id, { resolve, reject })
    w.postMessage(message)
  })
}

type LintModule = typeof import('../policy/lint.ts')
let lintModule: LintModule | null = null
const loadLint = async (): Promise<LintModule> => (lintModule ??= await import('../policy/lint.ts'))

async function lintInPage(policy: Policy, options: LintOptions): Promise<LintFinding[]> {
  return (await loadLint()).lintPolicy(policy, options)
}

/**
 * lintOffPage lints `policy` in the worker (in the page where there is none). Fixes of the worker's findings
 * are built when asked for: read one with loadFix (reading `fix.policy` lints again in the page).
 */
export async function lintOffPage(policy: Policy, options: LintOptions): Promise<LintFinding[]> {
  const w = getWorker()
  if (!w) return lintInPage(policy, options)
  const job = nextId++
  let r: LintReply
  try {
    // The page loads lint too (in parallel), for a reader of `fix.policy` that cannot wait.
    ;[r] = await Promise.all([ask(w, { op: 'lint', id: job, policy, options }), loadLint()])
  } catch {
    return lintInPage(policy, options)
  }
  if (!r.ok || !('findings' in r)) return lintInPage(policy, options)
  return r.findings.map(({ fixSay, ...f }, index): LintFinding => {
    if (fixSay === undefined) return f
    const inPage = async () => (await lintInPage(policy, options))[index]?.fix?.policy ?? null
    const fix: Fix = {
      say: fixSay,
      // The core's description is the code; the page words it (i18n/lint.ts).
      description: fixSay.code,
      // For a reader that cannot wait: lint again in the page (slow on a big policy; loadFix is not).
      get policy(): Policy {
        const again = lintModule!.lintPolicy(policy, options)[index]?.fix?.policy
        if (!again) throw new Error(`lint found no fix at ${f.at} again`)
        return again
      },
    }
    workerFixes.set(fix.say, async () => {
      const live = getWorker()
      if (!live) return inPage()
      try {
        const got = await ask(live, { op: 'fix', id: nextId++, job, index })
        return got.ok && 'policy' in got ? got.policy : inPage()
      } catch {
        return inPage()
      }
    })
    return { ...f, fix }
  })
}

/**
 * loadFix returns the fixed policy of a lint finding's fix, wherever lint ran. A fixed policy from the worker
 * is a copy: its rules that equal the current policy's (`current`) are replaced by those very objects, so the
 * cards and the kept text see them unchanged. Null when the fix is gone (the worker restarted).
 */
export async function loadFix(fix: Fix, current: Policy): Promise<Policy | null> {
  const fromWorker = workerFixes.get(fix.say)
  if (!fromWorker) return fix.policy
  const fixed = await fromWorker()
  return fixed && keepSameRules(fixed, current)
}

/** keepSameRules: `fixed` with each rule equal to one of `current`'s replaced by that object (in order). */
export function keepSameRules(fixed: Policy, current: Policy): Policy {
  const byText = new Map<string, Policy['rules']>()
  for (const rule of current.rules) {
    const key = JSON.stringify(rule)
    const list = byText.get(key)
    if (list) list.push(rule)
    else byText.set(key, [rule])
  }
  const rules = fixed.rules.map((rule) => byText.get(JSON.stringify(rule))?.shift() ?? rule)
  return { ...fixed, rules }
}
