// Runs the core's lintPolicy after edits settle and records the findings in the store. Lint is loaded lazily
// (it is not needed for the first screen) and runs off the typing path, in a worker (lintOffPage.ts): on a
// 300-rule policy it takes tens of milliseconds, on the builder's 2,000 rules about a second. One run at a
// time; an edit made meanwhile is linted when it ends.
import type { Diagnostic } from '../policy/types.ts'
import { lintOffPage } from './lintOffPage.ts'
import type { EditorStore } from './store.ts'

/** LINT_DELAY_MS: how long the policy must stay unchanged before lint runs. */
export const LINT_DELAY_MS = 250

/**
 * startLintRunner keeps `store`'s lint findings up to date; it returns a function that stops it. `lint` is
 * lintOffPage (replaceable in tests).
 */
export function startLintRunner(
  store: EditorStore,
  delayMs = LINT_DELAY_MS,
  lint: typeof lintOffPage = lintOffPage,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  type Key = { policy: unknown; target: unknown; basic: unknown; version: unknown }
  let scheduled: Key | null = null
  /** What the run under way lints: a store change meanwhile that leaves these (the kept text's findings
   * arriving, a rule opened) needs no second run of a second or more on a big policy. */
  let linting: Key | null = null
  let running = false
  let again = false

  const lintOnce = async (): Promise<void> => {
    const { doc } = store.getState()
    const basic = doc.dkp.basicAuditPolicyEnabled
    linting = { policy: doc.policy, target: doc.target, basic, version: doc.kubernetesVersion }
    let findings: Diagnostic[]
    try {
      // Every lint is about rules: a policy without any has no findings (lint.test.ts holds lint to that), so
      // the empty first screen does not load lint at all.
      findings =
        doc.policy.rules.length === 0
          ? []
          : // In the active language's words (the worker words them, or the page where there is none).
            await lint(doc.policy, {
              target: doc.target,
              kubernetesVersion: doc.kubernetesVersion,
              dkp: { basicAuditPolicyEnabled: basic },
            })
    } catch {
      // lintPolicy never throws by contract; if it does, the form keeps working without lint.
      findings = []
    }
    // The findings came in this task (thousands on a big policy, read from the worker's answer); the page
    // shows them in the next, so that neither is a long one.
    await new Promise((resolve) => setTimeout(resolve, 0))
    linting = null
    if (stopped) return
    store.setLint({
      policy: doc.policy,
      target: doc.target,
      kubernetesVersion: doc.kubernetesVersion,
      basicAuditPolicyEnabled: basic,
      ruleIds: doc.ruleIds,
      findings,
    })
  }

  const run = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        await lintOnce()
      } while (again && !stopped)
    } finally {
      running = false
    }
  }

  const check = () => {
    const { doc, lint } = store.getState()
    const key = {
      policy: doc.policy,
      target: doc.target,
      basic: doc.dkp.basicAuditPolicyEnabled,
      version: doc.kubernetesVersion,
    }
    if (
      lint &&
      lint.policy === key.policy &&
      lint.target === key.target &&
      lint.basicAuditPolicyEnabled === key.basic &&
      lint.kubernetesVersion === key.version
    )
      return
    const same = (k: Key | null) =>
      k !== null &&
      k.policy === key.policy &&
      k.target === key.target &&
      k.basic === key.basic &&
      k.version === key.version
    if (same(scheduled)) return
    // Being linted now (back to it by an undo, or a change beside the policy): its findings arrive when the
    // run ends, and what was scheduled for a policy no longer shown is not needed.
    if (same(linting)) {
      clearTimeout(timer)
      scheduled = null
      return
    }
    scheduled = key
    clearTimeout(timer)
    timer = setTimeout(() => {
      scheduled = null
      void run()
    }, delayMs)
  }

  const unsubscribe = store.subscribe(check)
  check()
  return () => {
    stopped = true
    clearTimeout(timer)
    unsubscribe()
  }
}
