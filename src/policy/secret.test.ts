import { describe, expect, it } from 'vitest'
import { buildSecret, readSecret } from './index.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const B64 = Buffer.from(POLICY, 'utf8').toString('base64')

describe('buildSecret', () => {
  it('writes the DKP Secret with standard base64, as kubectl does', () => {
    expect(buildSecret(POLICY)).toBe(
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\ndata:\n  audit-policy.yaml: ${B64}\n`,
    )
  })
  it.each([
    ['\ufdf4', '"77e0"'],
    ['', '""'],
  ])('quotes a base64 value a YAML reader would take for a number: %j', (text, scalar) => {
    expect(buildSecret(text)).toContain(`audit-policy.yaml: ${scalar}\n`)
    expect(readSecret(buildSecret(text)).policyText).toBe(text)
  })
  it('encodes UTF-8 (notes in any language)', () => {
    const text = POLICY.replace('rules:', '# Журнал 日志 🙂\nrules:')
    expect(buildSecret(text)).toContain(Buffer.from(text, 'utf8').toString('base64'))
  })
})

const secret = (data: string, extra = '') =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\n${extra}data:\n  ${data}\n`

describe('readSecret', () => {
  const cases: Array<{
    name: string
    text: string
    policy: string | null
    problem?: RegExp
    severity?: string
  }> = [
    { name: 'data, base64', text: secret(`audit-policy.yaml: ${B64}`), policy: POLICY },
    {
      name: 'base64 broken over lines (block scalar)',
      text: secret(`audit-policy.yaml: |\n    ${B64.slice(0, 20)}\n    ${B64.slice(20)}`),
      policy: POLICY,
    },
    {
      name: 'base64 folded with a space is refused, as by the API server',
      text: secret(`audit-policy.yaml: ${B64.slice(0, 20)}\n    ${B64.slice(20)}`),
      policy: null,
      problem: /illegal base64 data at input byte 20/,
    },
    {
      name: 'stringData wins over data',
      text: secret('audit-policy.yaml: AAAA', 'stringData:\n  audit-policy.yaml: |\n    kind: Policy\n'),
      policy: 'kind: Policy\n',
    },
    {
      name: 'JSON manifest',
      text: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'audit-policy', namespace: 'kube-system' },
        data: { 'audit-policy.yaml': B64 },
      }),
      policy: POLICY,
    },
    {
      name: 'multi-document: picks kube-system/audit-policy',
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: other\n  namespace: default\ndata:\n  x: AAAA\n---\n${secret(`audit-policy.yaml: ${B64}`)}---\napiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\n`,
      policy: POLICY,
    },
    {
      name: 'a List of objects',
      text: `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: audit-policy, namespace: kube-system}\n  data: {audit-policy.yaml: ${B64}}\n`,
      policy: POLICY,
    },
    {
      name: 'invalid base64',
      text: secret('audit-policy.yaml: not*base64'),
      policy: null,
      problem: /not valid base64: illegal base64 data at input byte 3/,
    },
    {
      name: 'base64 without padding',
      text: secret('audit-policy.yaml: YWJj' + 'ZA'),
      policy: null,
      problem: /illegal base64 data/,
    },
    {
      name: 'the wrong key',
      text: secret(`policy.yaml: ${B64}`),
      policy: null,
      problem: /no key audit-policy\.yaml \(it has policy\.yaml\): DKP reads only that key/,
    },
    {
      name: 'a different Secret',
      text: secret(`audit-policy.yaml: ${B64}`).replace('name: audit-policy', 'name: my-policy'),
      policy: POLICY,
      problem: /this is the Secret kube-system\/my-policy; DKP reads only kube-system\/audit-policy/,
      severity: 'error',
    },
    {
      name: 'no namespace',
      text: secret(`audit-policy.yaml: ${B64}`).replace('  namespace: kube-system\n', ''),
      policy: POLICY,
      problem: /must be created in kube-system/,
      severity: 'warning',
    },
    { name: 'not UTF-8', text: secret('audit-policy.yaml: //79'), policy: null, problem: /not UTF-8 text/ },
    {
      name: 'no Secret at all',
      text: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n',
      policy: null,
      problem: /no Secret here: found Policy/,
    },
    { name: 'not YAML', text: 'data: [unclosed\n', policy: null, problem: /not valid YAML/ },
    { name: 'an empty value', text: secret('audit-policy.yaml: ""'), policy: '' },
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = readSecret(c.text)
    expect(r.policyText).toBe(c.policy)
    if (c.problem) {
      const d = r.diagnostics.find((x) => c.problem!.test(x.message))
      expect(d, r.diagnostics.map((x) => x.message).join(' | ')).toBeDefined()
      if (c.severity) expect(d!.severity).toBe(c.severity)
      expect(d!.message).not.toContain('\n')
    } else expect(r.diagnostics).toEqual([])
  })
  it('points bad base64 at its line', () => {
    const r = readSecret(secret('audit-policy.yaml: not*base64'))
    expect(r.diagnostics[0]!.range!.start.line).toBe(7)
  })
})
