// Flow-style YAML and JSON policies: kube-apiserver takes a text that starts with "{" for JSON (so flow YAML
// does not load there, while DKP's YAML reader takes it), the forms still show its rules, and a form edit first
// rewrites it in block style with every comment and field kept.
import { describe, expect, it } from 'vitest'
import { parsePolicy } from './parse.ts'
import { blockStyleText, commentsOf, textStyle } from './restyle.ts'
import { serializePolicy } from './serialize.ts'
import type { Policy } from './types.ts'

const FLOW =
  '{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [{level: None}, {level: Metadata, verbs: [get]}]}\n'
const FLOW_COMMENTED = `# The cluster's policy
{apiVersion: audit.k8s.io/v1, kind: Policy,
  rules: [
    # the health checks
    {level: None, nonResourceURLs: ["/healthz*"]},
    {level: Metadata, verbs: [get], verb: [list]}, # a typo the forms cannot hold
  ]}
`
const JSON_POLICY =
  '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"None","users":["on","1"]},{"level":"Metadata"}]}\n'

describe('flow-style YAML read by kube-apiserver', () => {
  it('does not load (it is taken for JSON) but its rules are read for the forms, with the reason', () => {
    const r = parsePolicy(FLOW)
    expect(r.loadable).toBe(false)
    expect(r.format).toBe('json')
    expect(r.failure).toBe(
      "failed decoding: couldn't get version/kind; json parse error: invalid character 'a' looking for beginning of object key string",
    )
    expect(r.readAsYaml).toBe(true)
    expect(r.policy?.rules).toEqual([{ level: 'None' }, { level: 'Metadata', verbs: ['get'] }])
    const note = r.diagnostics.find((d) => d.own?.code === 'yaml-taken-for-json')
    expect(note?.severity).toBe('info')
    expect(note?.range?.start).toMatchObject({ line: 1, column: 1 })
  })

  it('loads on DKP (its hook reads YAML) and with a comment line above it', () => {
    expect(parsePolicy(FLOW, { target: 'deckhouse' }).loadable).toBe(true)
    expect(parsePolicy('# policy\n' + FLOW).loadable).toBe(true)
  })

  it('leaves broken JSON as it was: no YAML reading, no policy', () => {
    const r = parsePolicy('{"apiVersion": "audit.k8s.io/v1", "rules": [}\n')
    expect(r.policy).toBeNull()
    expect(r.readAsYaml).toBeUndefined()
  })
})

describe('textStyle', () => {
  it.each([
    ['block', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n'],
    ['flow', FLOW],
    ['flow', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None}]\n'],
    ['json', JSON_POLICY],
  ] as const)('%s', (style, text) => expect(textStyle(text)).toBe(style))
})

describe('blockStyleText', () => {
  for (const [name, text] of [
    ['flow', FLOW],
    ['flow with comments and an unknown field', FLOW_COMMENTED],
    ['JSON', JSON_POLICY],
    [
      'block policy with flow rules',
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None}] # inline\n',
    ],
  ] as const) {
    it(`${name}: block style that loads, reads the same and keeps every comment`, () => {
      const out = blockStyleText(text, 'kube-apiserver')
      expect(out).not.toBeNull()
      expect(textStyle(out!)).toBe('block')
      const back = parsePolicy(out!)
      expect(back.loadable).toBe(true)
      const before = parsePolicy(text, { target: 'deckhouse' }).policy!
      // A comment above a rule becomes that rule's note in block style: the rules are otherwise the same.
      const bare = (p: Policy) =>
        serializePolicy({ ...p, rules: p.rules.map((r) => ({ ...r, note: undefined })) })
      expect(bare(back.policy!)).toBe(bare(before))
      expect(commentsOf(out!)).toEqual(commentsOf(text))
    })
  }

  it('keeps a field the forms cannot hold (with its warning) and the key order', () => {
    const out = blockStyleText(FLOW_COMMENTED, 'kube-apiserver')!
    expect(out).toContain('verb:')
    expect(out.indexOf('level: Metadata')).toBeLessThan(out.indexOf('verbs:'))
    expect(parsePolicy(out).diagnostics.some((d) => d.severity === 'warning' && /verb/.test(d.message))).toBe(
      true,
    )
  })

  it('drops JSON quotes only where the plain value reads the same ("on" and "1" stay strings)', () => {
    const out = blockStyleText(JSON_POLICY, 'kube-apiserver')!
    expect(out).toMatch(/^apiVersion: audit\.k8s\.io\/v1$/m)
    expect(parsePolicy(out).policy!.rules[0]!.users).toEqual(['on', '1'])
  })
})

describe('blockStyleText keeps an inline comment inline', () => {
  // Both shapes become the same block text; read back by our kube-apiserver reader: the same rules, comments kept.
  const INLINE_CASES = [
    {
      name: 'a comment on the line of a flow rule stays on that rule’s first line',
      text: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - {level: None, users: [alice]} # quiet alice\n  - {level: Metadata} # the rest\n',
      want: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None # quiet alice\n    users: [alice]\n  - level: Metadata # the rest\n',
    },
    {
      name: 'a comment after the comma that follows a rule in a JSON-like list stays on that rule’s first line',
      text: '{"apiVersion": "audit.k8s.io/v1", "kind": "Policy", "rules": [\n  {"level": "None", "users": ["alice"]}, # first\n  {"level": "Metadata"} # second\n]}\n',
      want: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None # first\n    users: [alice]\n  - level: Metadata # second\n',
    },
  ]
  it.each(INLINE_CASES)('$name', ({ text, want }) => {
    const out = blockStyleText(text, 'kube-apiserver')
    expect(out).toBe(want)
    const back = parsePolicy(out!)
    expect(back.loadable).toBe(true)
    expect(back.policy!.rules.map((r) => [r.level, r.users])).toEqual([
      ['None', ['alice']],
      ['Metadata', undefined],
    ])
    expect(commentsOf(out!)).toEqual(commentsOf(text))
  })

  it('near miss: a comma, then the comment on the next line: it stays on a line of its own', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [\n  {level: None},\n  # about the next\n  {level: Metadata}\n]\n'
    const out = blockStyleText(text, 'kube-apiserver')
    expect(out).not.toBeNull()
    expect(out).not.toMatch(/level: None #/)
    expect(commentsOf(out!)).toEqual(commentsOf(text))
    expect(parsePolicy(out!).loadable).toBe(true)
  })

  it('a comment on a line of its own under a flow rule stays on its own line', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - {level: None}\n  # about the next\n  - {level: Metadata}\n'
    const out = blockStyleText(text, 'kube-apiserver')
    expect(out).not.toBeNull()
    expect(out).not.toMatch(/level: None #/)
    expect(commentsOf(out!)).toEqual(commentsOf(text))
    expect(parsePolicy(out!).loadable).toBe(true)
  })
})
