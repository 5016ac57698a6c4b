// A form edit of a flow-style or JSON policy text: the text is rewritten in block style (comments and fields
// the forms do not hold kept), then patched, and the page is told (lastTextRestyle).
import { beforeAll, describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/parse.ts'
import { commentsOf, textStyle } from '../policy/restyle.ts'
import { importPolicy, setRuleField } from './edits.ts'
import { createDocument } from './document.ts'
import { createEditorStore } from './store.ts'
import { lastTextRestyle, loadTextPatcher } from './textSync.ts'

const FLOW = `# The cluster's policy
{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [
  # kube-proxy is noisy
  {level: None, users: [system:kube-proxy]}, # every watch
  {level: Metadata, verb: [get]}]}
`

beforeAll(() => loadTextPatcher())

describe.each(['kube-apiserver', 'deckhouse'] as const)('a form edit of flow-style text on %s', (target) => {
  it('rewrites it in block style with its comments and unknown field, changes the level, and says so', () => {
    const read = parsePolicy(FLOW, { target })
    expect(read.policy?.rules).toHaveLength(2)
    const store = createEditorStore(createDocument(undefined, target))
    store.dispatch(importPolicy, read.policy, undefined, FLOW)
    const before = lastTextRestyle()?.seq ?? 0
    store.dispatch(setRuleField, 1, 'level', 'Request')
    store.dispatch(setRuleField, 0, 'level', 'Metadata')
    const text = store.getState().doc.text
    expect(textStyle(text)).toBe('block')
    expect(commentsOf(text)).toEqual(commentsOf(FLOW))
    expect(text).toContain('verb: [get]')
    const back = parsePolicy(text, { target })
    // DKP's strict reading refuses the unknown field `verb` (kube-apiserver ignores it): it is kept, with its finding.
    expect(back.loadable).toBe(target === 'kube-apiserver')
    expect(back.policy!.rules.map((r) => r.level)).toEqual(['Metadata', 'Request'])
    // The comment above the first rule is its note now, in the forms as in the text.
    expect(store.getState().doc.policy.rules[0]!.note).toBe('kube-proxy is noisy')
    // The comment after the rule's comma stays on the rule's first line.
    expect(text).toContain(
      '  # kube-proxy is noisy\n  - level: Metadata # every watch\n    users: [system:kube-proxy]',
    )
    expect(lastTextRestyle()).toMatchObject({ from: 'flow', kept: true, seq: before + 1 })

    // Undo brings the text back as it was.
    store.undo()
    store.undo()
    expect(store.getState().doc.text).toBe(FLOW)
  })
})

it('a JSON policy is written as block YAML without needless quotes', () => {
  const json = '{"apiVersion": "audit.k8s.io/v1", "kind": "Policy", "rules": [{"level": "None"}]}\n'
  const store = createEditorStore(createDocument(undefined, 'kube-apiserver'))
  store.dispatch(importPolicy, parsePolicy(json).policy, undefined, json)
  store.dispatch(setRuleField, 0, 'verbs', ['get'])
  expect(store.getState().doc.text).toBe(
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    verbs: ["get"]\n',
  )
  expect(lastTextRestyle()).toMatchObject({ from: 'json', kept: true })
})
