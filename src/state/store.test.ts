import { describe, expect, it } from 'vitest'
import { addRule, removeRule, replacePolicy, setRuleField } from './edits.ts'
import { createDocument } from './document.ts'
import { COALESCE_MS, COLLAPSE_WHEN_LOADING_MORE_THAN, createEditorStore, HISTORY_LIMIT } from './store.ts'

function clock() {
  let t = 1000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('editor store', () => {
  it('notifies subscribers on change and not on a no-op', () => {
    const store = createEditorStore()
    let calls = 0
    const off = store.subscribe(() => calls++)
    store.dispatch(addRule)
    store.dispatch(removeRule, 9)
    expect(calls).toBe(1)
    off()
    store.dispatch(addRule)
    expect(calls).toBe(1)
  })

  it('undoes and redoes; a new edit clears redo', () => {
    const store = createEditorStore()
    store.dispatch(addRule)
    store.dispatch(setRuleField, 0, 'level', 'None')
    expect(store.getState().doc.policy.rules[0]!.level).toBe('None')
    store.undo()
    expect(store.getState().doc.policy.rules[0]!.level).toBe('Metadata')
    store.undo()
    expect(store.getState().doc.policy.rules).toEqual([])
    store.undo()
    expect(store.getState().doc.policy.rules).toEqual([])
    store.redo()
    expect(store.getState().doc.policy.rules).toHaveLength(1)
    store.dispatch(setRuleField, 0, 'level', 'Request')
    expect(store.getState().history.future).toEqual([])
    store.redo()
    expect(store.getState().doc.policy.rules[0]!.level).toBe('Request')
  })

  it('coalesces typing in one field into one step, and splits on another field, a command or a pause', () => {
    const c = clock()
    const store = createEditorStore(createDocument({ rules: [{ level: 'Metadata' }, { level: 'None' }] }), c)
    for (const text of ['a', 'ab', 'abc']) {
      c.advance(100)
      store.dispatchTyping('rules[0].note', setRuleField, 0, 'note', text)
    }
    expect(store.getState().history.past).toHaveLength(1)
    store.dispatchTyping('rules[1].note', setRuleField, 1, 'note', 'x')
    expect(store.getState().history.past).toHaveLength(2)
    store.dispatch(setRuleField, 1, 'level', 'Request')
    store.dispatchTyping('rules[1].note', setRuleField, 1, 'note', 'xy')
    expect(store.getState().history.past).toHaveLength(4)
    c.advance(COALESCE_MS + 1)
    store.dispatchTyping('rules[1].note', setRuleField, 1, 'note', 'xyz')
    expect(store.getState().history.past).toHaveLength(5)
    store.undo()
    store.undo()
    store.undo()
    store.undo()
    expect(store.getState().doc.policy.rules[0]!.note).toBe('abc')
    store.undo()
    expect(store.getState().doc.policy.rules[0]!.note).toBeUndefined()
  })

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    const store = createEditorStore()
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.dispatch(addRule)
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT)
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100)
  })

  it('tracks unsaved work against the pristine document', () => {
    const store = createEditorStore()
    const isDirty = () => store.getState().doc !== store.getState().pristine
    expect(isDirty()).toBe(false)
    store.dispatch(addRule)
    expect(isDirty()).toBe(true)
    store.undo()
    expect(isDirty()).toBe(false)
    store.dispatch(addRule)
    store.markPristine()
    expect(isDirty()).toBe(false)
    store.reset(createDocument())
    expect(store.getState().history.past).toEqual([])
  })

  it('collapses rules loaded in bulk, expands single new rules, forgets removed ids', () => {
    const store = createEditorStore()
    const many = {
      rules: Array.from({ length: COLLAPSE_WHEN_LOADING_MORE_THAN + 1 }, () => ({ level: 'None' })),
    }
    store.dispatch(replacePolicy, many)
    expect(store.getState().collapsed.size).toBe(many.rules.length)
    store.dispatch(addRule)
    const ids = store.getState().doc.ruleIds
    expect(store.getState().collapsed.has(ids[ids.length - 1]!)).toBe(false)
    store.setCollapsed([ids[0]!], false)
    expect(store.getState().collapsed.has(ids[0]!)).toBe(false)
    store.dispatch(removeRule, 1)
    expect(store.getState().collapsed.has(ids[1]!)).toBe(false)
    expect(store.getState().collapsed.size).toBe(many.rules.length - 2)
  })

  it('clears the selection when the selected rule goes', () => {
    const store = createEditorStore()
    store.dispatch(addRule)
    const id = store.getState().doc.ruleIds[0]!
    store.select(id)
    expect(store.getState().selection.ruleId).toBe(id)
    store.dispatch(removeRule, 0)
    expect(store.getState().selection.ruleId).toBeNull()
  })
})
