import { describe, expect, it, vi } from 'vitest'
import { aRequest } from '../testing/builders.ts'
import { createSimulationStore, DEFAULT_TEST_REQUEST, type RuleMark } from './simulation.ts'

const marks = (entries: Array<[string, RuleMark]>) => new Map(entries)

describe('simulation store', () => {
  it('starts with the default request and no marks', () => {
    const store = createSimulationStore()
    expect(store.getState().request).toBe(DEFAULT_TEST_REQUEST)
    expect(store.getState().marks.size).toBe(0)
  })

  it('setRequest notifies only on a new request', () => {
    const store = createSimulationStore()
    const listener = vi.fn()
    store.subscribe(listener)
    const req = aRequest()
    store.setRequest(req)
    store.setRequest(req)
    expect(store.getState().request).toBe(req)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('setMarks keeps equal marks identical and notifies only on a change', () => {
    const store = createSimulationStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.setMarks(
      marks([
        ['a', { kind: 'skipped', reason: 'verbs: get is not in [create]' }],
        ['b', { kind: 'matched', level: 'Metadata' }],
      ]),
    )
    const first = store.getState().marks
    store.setMarks(
      marks([
        ['a', { kind: 'skipped', reason: 'verbs: get is not in [create]' }],
        ['b', { kind: 'matched', level: 'Metadata' }],
      ]),
    )
    expect(store.getState().marks).toBe(first)
    store.setMarks(
      marks([
        ['a', { kind: 'skipped', reason: 'verbs: get is not in [create]' }],
        ['b', { kind: 'matched', level: 'Request' }],
      ]),
    )
    expect(store.getState().marks.get('a')).toBe(first.get('a'))
    expect(store.getState().marks.get('b')).toEqual({ kind: 'matched', level: 'Request' })
    store.setMarks(new Map())
    store.setMarks(new Map())
    expect(store.getState().marks.size).toBe(0)
    expect(listener).toHaveBeenCalledTimes(3)
  })
})
