import { describe, expect, it } from 'vitest'
import { fieldDiagnostics } from './derived.ts'
import { replacePolicy, setRuleField } from './edits.ts'
import { createDocument } from './document.ts'
import { startLintRunner } from './lintRunner.ts'
import { createEditorStore, type EditorStore } from './store.ts'

const settle = (store: EditorStore, pred: () => boolean) =>
  new Promise<void>((resolve, reject) => {
    const end = Date.now() + 5000
    const poll = () =>
      pred() ? resolve() : Date.now() > end ? reject(new Error('lint never ran')) : setTimeout(poll, 5)
    poll()
    void store
  })

describe('lint runner', () => {
  it('records findings for the current policy after edits settle, at the rule they concern', async () => {
    // Rule 2 can never match: rule 1 already takes every request.
    const store = createEditorStore(
      createDocument(
        { rules: [{ level: 'Metadata' }, { level: 'None', userGroups: ['system:serviceaccounts'] }] },
        'kube-apiserver',
      ),
    )
    const stop = startLintRunner(store, 0)
    await settle(store, () => store.getState().lint !== null)
    const lint = store.getState().lint!
    expect(lint.policy).toBe(store.getState().doc.policy)
    expect(lint.findings.some((f) => f.at === 'rules[1]' && f.severity === 'warning')).toBe(true)
    expect(fieldDiagnostics(store.getState(), 'rules[1]').length).toBeGreaterThan(0)

    // While the user types in a field, the findings stay (same rules), then follow the new policy.
    store.dispatchTyping('rules[1].note', setRuleField, 1, 'note', 'x')
    expect(fieldDiagnostics(store.getState(), 'rules[1]').length).toBeGreaterThan(0)
    await settle(store, () => store.getState().lint!.policy === store.getState().doc.policy)
    stop()
  })

  it('records no findings for a policy without rules, then lints once rules arrive', async () => {
    const store = createEditorStore(createDocument({ rules: [] }, 'deckhouse'))
    const stop = startLintRunner(store, 0)
    await settle(store, () => store.getState().lint !== null)
    expect(store.getState().lint!.policy).toBe(store.getState().doc.policy)
    expect(store.getState().lint!.findings).toEqual([])

    store.dispatch(replacePolicy, { rules: [{ level: 'Metadata' }, { level: 'None' }] })
    await settle(store, () => store.getState().lint!.policy === store.getState().doc.policy)
    expect(store.getState().lint!.findings.some((f) => f.at === 'rules[1]')).toBe(true)
    stop()
  })

  it('lints a policy once: a store change while it is being linted does not start a second run', async () => {
    const store = createEditorStore(createDocument({ rules: [{ level: 'Metadata' }] }, 'kube-apiserver'))
    let runs = 0
    const stop = startLintRunner(store, 0, async (...args) => {
      runs++
      // The kept text's findings arrive while lint runs: the store changes, the policy does not.
      store.refresh()
      store.select(store.getState().doc.ruleIds[0]!)
      return (await import('./lintOffPage.ts')).lintOffPage(...args)
    })
    await settle(store, () => store.getState().lint !== null)
    expect(store.getState().lint!.policy).toBe(store.getState().doc.policy)
    // An edit is linted by the next run: a second run for the first policy would come before it.
    store.dispatch(setRuleField, 0, 'level', 'None')
    await settle(store, () => store.getState().lint!.policy === store.getState().doc.policy)
    expect(runs).toBe(2)
    stop()
  })
})
