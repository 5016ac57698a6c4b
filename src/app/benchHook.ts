// A test-only entry for `npm run bench` (bench/ui.mjs): with `?bench` in the URL, window.__abpLoadPolicy(policy)
// loads a Policy object into the editor. Harmless: it only does what loading a preset does, locally.
import type { Policy } from '../policy/types.ts'
import { replacePolicy, type EditorStore } from '../state/index.ts'

declare global {
  interface Window {
    __abpLoadPolicy?: (policy: Policy) => number
  }
}

/** installBenchHook adds window.__abpLoadPolicy when the page was opened with `?bench`. */
export function installBenchHook(store: EditorStore): void {
  if (!new URLSearchParams(window.location.search).has('bench')) return
  window.__abpLoadPolicy = (policy) => {
    if (!policy || !Array.isArray(policy.rules)) throw new Error('expected a Policy object with rules')
    store.dispatch(replacePolicy, policy)
    return store.getState().doc.policy.rules.length
  }
}
