// Lint off the page's main thread: lintPolicy is quadratic in the rules (every rule against every earlier one),
// about a second for the builder's 2,000 rules, so the page hands it to a worker (lint.worker.ts), which also
// words the findings in the page's language. A finding's fix (a whole fixed policy) stays in the worker until
// the user applies it (loadFix). Findings the worker reports unchanged keep their objects here, so an edit of a
// big policy reads and handles only the findings it changed. Where there are no workers (unit tests), or the
// worker fails, lint runs in the page as before.
import { locale, type Locale } from '../i18n/locale.ts'
import type { LintFinding, LintOptions } from '../policy/lintFinding.ts'
import type { Policy } from '../policy/types.ts'
import { WorkerStoppedError } from './workerStopped.ts'

/**
 * LintMessage: what the page asks the worker: lint a policy and word its findings in `locale` (`base`: the job
 * whose answer the page holds, for findings answered by their place in it), or the fixed policy of finding
 * `index` of job `job`.
 */
export type LintMessage =
  | { op: 'lint'; id: number; policy: Policy; options: LintOptions; locale: Locale; base: number | null }
  | { op: 'fix'; id: number; job: number; index: number }

/** A worded finding as it crosses from the worker: what its fix says and does in words, not the fixed policy. */
export type PlainFinding = Omit<LintFinding, 'fix'> & { fixSay?: Fix['say']; fixDescription?: string }

/**
 * LintReply: the worker's answer to message `id`. A lint's findings are worded findings, or the place of an
 * equal one in the answer to job `base` (null: every finding is given).
 */
export type LintReply =
  | { id: number; ok: true; findings: (PlainFinding | number)[]; base: number | null }
  | { id: number; ok: true; policy: Policy | null }
  | { id: number; ok: false; error: string }

type Fix = NonNullable<LintFinding['fix']>

let worker: Worker | null = null
let broken = false
let nextId = 1
const waiting = new Map<number, { resolve: (r: LintReply) => void; reject: (e: Error) => void }>()
/** Where a fix of the worker's findings is built: the job and the finding's place in it. */
interface FixPlace {
  job: number
  index: number
  policy: Policy
  options: LintOptions
}
/**
 * Each fix the worker reported, by the fix's `say`: where to build it. A finding kept from an earlier answer
 * points at the newest job that reported it.
 */
const workerFixes = new WeakMap<Fix['say'], FixPlace>()
/** The worker's last answer as the page holds it (findings answered by place refer to it). */
let held: { job: number; findings: LintFinding[] } | null = null

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
      stopWorker(new WorkerStoppedError('lint', event.message ?? ''))
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

/** wordInPage: the findings in the page's words (i18n/lint.ts, loaded with lint). */
async function wordInPage(findings: LintFinding[]): Promise<LintFinding[]> {
  return (await import('../i18n/lint.ts')).wordFindings(findings)
}

/** fixOf: a fix of a worker's finding; its policy is built when read (loadFix asks the worker, which is quick). */
function fixOf(say: Fix['say'], description: string, place: FixPlace): Fix {
  workerFixes.set(say, place)
  return {
    say,
    description,
    // For a reader that cannot wait: lint again in the page (slow on a big policy; loadFix is not).
    get policy(): Policy {
      const again = lintModule!.lintPolicy(place.policy, place.options)[place.index]?.fix?.policy
      if (!again) throw new Error(`lint found no fix at place ${place.index} again`)
      return again
    },
  }
}

/**
 * lintOffPage lints `policy` in the worker (in the page where there is none) and gives its findings in the
 * active language's words. Fixes of the worker's findings are built when asked for: read one with loadFix
 * (reading `fix.policy` lints again in the page). A finding equal to one of the last answer (words, place and
 * fix) is that very object, its fix now built from `policy`.
 */
export async function lintOffPage(policy: Policy, options: LintOptions): Promise<LintFinding[]> {
  const w = getWorker()
  if (!w) return wordInPage(await lintInPage(policy, options))
  const job = nextId++
  const before = held
  let r: LintReply
  try {
    // The page loads lint too (in parallel), for a reader of `fix.policy` that cannot wait.
    ;[r] = await Promise.all([
      ask(w, { op: 'lint', id: job, policy, options, locale: locale(), base: before?.job ?? null }),
      loadLint(),
    ])
  } catch {
    return wordInPage(await lintInPage(policy, options))
  }
  if (!r.ok || !('findings' in r) || (r.base !== null && r.base !== before?.job))
    return wordInPage(await lintInPage(policy, options))
  const findings = r.findings.map((item, index): LintFinding => {
    if (typeof item === 'number') {
      const kept = before!.findings[item]!
      const place = kept.fix && workerFixes.get(kept.fix.say)
      if (place) Object.assign(place, { job, index, policy, options })
      return kept
    }
    const { fixSay, fixDescription, ...f } = item
    if (fixSay === undefined) return f
    return { ...f, fix: fixOf(fixSay, fixDescription ?? fixSay.code, { job, index, policy, options }) }
  })
  held = { job, findings }
  return findings
}

/**
 * loadFix returns the fixed policy of a lint finding's fix, wherever lint ran. A fixed policy from the worker
 * is a copy: its rules that equal the current policy's (`current`) are replaced by those very objects, so the
 * cards and the kept text see them unchanged. Null when the fix is gone (the worker restarted).
 */
export async function loadFix(fix: Fix, current: Policy): Promise<Policy | null> {
  const place = workerFixes.get(fix.say)
  if (!place) return fix.policy
  const { job, index, policy, options } = place
  const inPage = async () => (await lintInPage(policy, options))[index]?.fix?.policy ?? null
  const live = getWorker()
  let fixed: Policy | null
  if (!live) fixed = await inPage()
  else
    try {
      const got = await ask(live, { op: 'fix', id: nextId++, job, index })
      fixed = got.ok && 'policy' in got ? got.policy : await inPage()
    } catch {
      fixed = await inPage()
    }
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
