import { describe, expect, it } from 'vitest'
import type { Policy } from '../policy/types.ts'
import { addRule, replacePolicy, setRuleField } from './edits.ts'
import { formFieldFor } from './reveal.ts'
import { createEditorStore } from './store.ts'

const policy: Policy = {
  rules: [
    { level: 'Metadata', users: ['a'] },
    { level: 'Request', resources: [{ group: '', resources: ['secrets'] }, { group: 'apps' }] },
  ],
}

describe('formFieldFor: the form control that shows a path', () => {
  it.each([
    ['rules[0]', 'rules[0]'],
    ['rules[0].level', 'rules[0].level'],
    ['rules[0].users[3]', 'rules[0].users'],
    ['rules[0].omitStages[1]', 'rules[0].omitStages'],
    ['rules[0].omitManagedFields', 'rules[0].omitManagedFields'],
    ['rules[0].note', 'rules[0].note'],
    // A field the form has no control for: the card.
    ['rules[0].unknownField', 'rules[0]'],
    ['rules[0].users.extra', 'rules[0]'],
    // Resource groups: the API group stands for the group as a whole; a missing group is "Add resource group".
    ['rules[1].resources', 'rules[1].resources[0].group'],
    ['rules[1].resources[1]', 'rules[1].resources[1].group'],
    ['rules[1].resources[0].resources[0]', 'rules[1].resources[0].resources'],
    ['rules[1].resources[1].resourceNames', 'rules[1].resources[1].resourceNames'],
    ['rules[1].resources[0].other', 'rules[1].resources[0].group'],
    ['rules[1].resources[2].group', 'rules[1].addResourceGroup'],
    ['rules[0].resources', 'rules[0].addResourceGroup'],
    // Policy level.
    ['omitStages', 'omitStages'],
    ['omitStages[0]', 'omitStages'],
    ['omitManagedFields', 'omitManagedFields'],
    ['rules', 'rules[0]'],
    ['', 'rules[0]'],
  ])('%s → %s', (at, key) => {
    expect(formFieldFor(at, policy)).toBe(key)
  })

  it('the rule list of a policy without rules is "Add rule"', () => {
    expect(formFieldFor('rules', { ...policy, rules: [] })).toBe('addRule')
  })
})

describe('reveal requests in the editor store', () => {
  it('a place inside a rule selects the rule, expands it, and names its control and rule id', () => {
    const store = createEditorStore()
    store.dispatch(replacePolicy, policy)
    const id = store.getState().doc.ruleIds[1]!
    store.setCollapsed([id], true)
    store.requestReveal({ where: 'form', at: 'rules[1].resources[0].resources[0]' })
    const s = store.getState()
    expect(s.reveal).toMatchObject({ field: 'rules[1].resources[0].resources', ruleId: id, where: 'form' })
    expect(s.selection.ruleId).toBe(id)
    expect(s.collapsed.has(id)).toBe(false)
  })

  it('focus management leaves the rule collapsed; a named field wins over the path', () => {
    const store = createEditorStore()
    store.dispatch(replacePolicy, policy)
    const id = store.getState().doc.ruleIds[0]!
    store.setCollapsed([id], true)
    store.requestReveal({ where: 'form', at: 'rules[0]', field: 'rules[0].moveDown', focusOnly: true })
    expect(store.getState().reveal?.field).toBe('rules[0].moveDown')
    expect(store.getState().collapsed.has(id)).toBe(true)
  })

  it('waits until served; a later request replaces it; serving an old one keeps the new', () => {
    const store = createEditorStore()
    store.dispatch(addRule)
    store.requestReveal({ where: 'yaml', at: 'rules[0].level' })
    const first = store.getState().reveal!.seq
    store.requestReveal({ where: 'form', at: 'rules[0].level' })
    const second = store.getState().reveal!.seq
    expect(second).toBeGreaterThan(first)
    store.revealServed(first)
    expect(store.getState().reveal?.seq).toBe(second)
    store.revealServed(second)
    expect(store.getState().reveal).toBeNull()
  })

  it('the next edit, undo or redo drops a request nobody served', () => {
    const store = createEditorStore()
    store.dispatch(addRule)
    store.requestReveal({ where: 'form', at: 'rules[0].verbs' })
    store.dispatch(setRuleField, 0, 'level', 'None')
    expect(store.getState().reveal).toBeNull()
    store.requestReveal({ where: 'form', at: 'rules[0].verbs' })
    store.undo()
    expect(store.getState().reveal).toBeNull()
    store.requestReveal({ where: 'form', at: 'rules[0].verbs' })
    store.redo()
    expect(store.getState().reveal).toBeNull()
  })
})
