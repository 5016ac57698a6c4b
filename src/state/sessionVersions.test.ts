import { describe, expect, it } from 'vitest'
import { importPolicy, setRuleField } from './edits.ts'
import { createDocument } from './document.ts'
import { sessionVersions, startSessionVersions } from './sessionVersions.ts'
import { createEditorStore } from './store.ts'

describe('session versions', () => {
  it('records the policy as opened and each one loaded whole, not each edit', () => {
    const store = createEditorStore(createDocument({ rules: [{ level: 'Metadata' }] }))
    const stop = startSessionVersions(store)
    store.dispatch(setRuleField, 0, 'level', 'Request')
    store.dispatch(importPolicy, { rules: [{ level: 'None' }, { level: 'Metadata' }] })
    store.dispatch(setRuleField, 0, 'level', 'Request')
    stop()
    const levels = sessionVersions().map((v) => [v.kind, v.policy.rules.map((r) => r.level)])
    expect(levels.slice(-2)).toEqual([
      ['opened', ['Metadata']],
      ['loaded', ['None', 'Metadata']],
    ])
  })
})
