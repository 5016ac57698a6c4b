// The simulator's view state: the test request being edited, and how each rule of the list fared against it
// (which one matched, why each earlier one did not). Kept apart from the document and its history: it is
// not part of the policy, undo does not touch it, and it is never saved or shared.
import { useCallback, useSyncExternalStore } from 'react'
import type { RequestAttributes } from '../policy/types.ts'

/** RuleMark: how one rule of the list fared against the test request. */
export type RuleMark =
  | { kind: 'matched'; level: string }
  /** The rule was reached and did not match; `reason` is the first selector that failed, in words. */
  | { kind: 'skipped'; reason: string }

export interface SimulationState {
  /** The request in the simulator's form. */
  request: RequestAttributes
  /** Marks by rule id; empty while the simulator is not shown. */
  marks: ReadonlyMap<string, RuleMark>
}

export interface SimulationStore {
  getState(): SimulationState
  subscribe(listener: () => void): () => void
  setRequest(request: RequestAttributes): void
  /** setMarks replaces the marks; marks equal to the current ones keep their identity (cards do not re-render). */
  setMarks(marks: ReadonlyMap<string, RuleMark>): void
}

/** DEFAULT_TEST_REQUEST: `kubectl get pods -n default` by an ordinary signed-in user. */
export const DEFAULT_TEST_REQUEST: RequestAttributes = {
  user: 'jane',
  groups: ['system:authenticated'],
  verb: 'list',
  resourceRequest: true,
  apiGroup: '',
  resource: 'pods',
  subresource: '',
  namespace: 'default',
  name: '',
  path: '/api/v1/namespaces/default/pods',
}

const sameMark = (a: RuleMark | undefined, b: RuleMark) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b)

/** createSimulationStore makes a simulation store (the app uses the one below; tests make their own). */
export function createSimulationStore(request: RequestAttributes = DEFAULT_TEST_REQUEST): SimulationStore {
  let state: SimulationState = { request, marks: new Map() }
  const listeners = new Set<() => void>()
  const set = (next: SimulationState) => {
    state = next
    for (const l of [...listeners]) l()
  }
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setRequest(next) {
      if (next !== state.request) set({ ...state, request: next })
    },
    setMarks(next) {
      const prev = state.marks
      if (next.size === 0 && prev.size === 0) return
      const marks = new Map<string, RuleMark>()
      let changed = next.size !== prev.size
      for (const [id, mark] of next) {
        const old = prev.get(id)
        if (sameMark(old, mark)) marks.set(id, old!)
        else {
          marks.set(id, mark)
          changed = true
        }
      }
      if (changed) set({ ...state, marks })
    },
  }
}

/** simulation: the page's one simulation store. */
export const simulation = createSimulationStore()

/** useTestRequest: the request in the simulator's form. */
export function useTestRequest(store: SimulationStore = simulation): RequestAttributes {
  return useSyncExternalStore(store.subscribe, () => store.getState().request)
}

/** useRuleMark: how rule `id` fared against the test request (undefined: not reached, or no simulation shown). */
export function useRuleMark(id: string, store: SimulationStore = simulation): RuleMark | undefined {
  const get = useCallback(() => store.getState().marks.get(id), [store, id])
  return useSyncExternalStore(store.subscribe, get)
}

/** setTestRequest puts a request in the simulator's form. */
export function setTestRequest(request: RequestAttributes): void {
  simulation.setRequest(request)
}

/** setRuleMarks shows how each rule fared (the simulator calls it on every change, and with an empty map when it closes). */
export function setRuleMarks(marks: ReadonlyMap<string, RuleMark>): void {
  simulation.setMarks(marks)
}
