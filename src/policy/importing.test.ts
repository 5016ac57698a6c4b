import { describe, expect, it } from 'vitest'
import { importing } from '../i18n/en/importing.ts'
import { buildModuleConfig, buildSecret, defaultDkpSettings, importText } from './index.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const stdout = (() => {
  const s = defaultDkpSettings()
  s.auditLog = { output: 'Stdout', path: '/var/log/kube-audit' }
  s.basicAuditPolicyEnabled = false
  return s
})()

describe('importText', () => {
  const cases: Array<{
    name: string
    text: string
    kind: string
    rules?: number
    summary?: RegExp
    settings?: object
    problem?: RegExp
  }> = [
    { name: 'a YAML policy', text: POLICY, kind: 'policy', rules: 1, summary: /^Policy: 1 rule$/ },
    {
      name: 'a JSON policy',
      text: JSON.stringify({
        apiVersion: 'audit.k8s.io/v1',
        kind: 'Policy',
        rules: [{ level: 'None' }, { level: 'Metadata' }],
      }),
      kind: 'policy',
      rules: 2,
    },
    {
      name: 'a policy with errors still imports, with them counted',
      text: POLICY.replace('Metadata', 'Verbose'),
      kind: 'policy',
      rules: 1,
      summary: /1 error/,
    },
    {
      name: 'a policy with unknown fields shows the warnings',
      text: POLICY + '    verb: [get]\n',
      kind: 'policy',
      rules: 1,
      summary: /1 warning/,
    },
    {
      name: 'the Secret',
      text: buildSecret(POLICY),
      kind: 'secret',
      rules: 1,
      summary: /^Secret kube-system\/audit-policy: 1 rule$/,
    },
    {
      name: 'Secret and ModuleConfig together',
      text: buildSecret(POLICY) + '---\n' + buildModuleConfig(stdout),
      kind: 'secret',
      rules: 1,
      settings: {
        basicAuditPolicyEnabled: false,
        auditLog: { output: 'Stdout', path: '/var/log/kube-audit' },
      },
      summary: /with ModuleConfig settings/,
    },
    {
      name: 'a ModuleConfig alone',
      text: buildModuleConfig(stdout),
      kind: 'moduleconfig',
      settings: { auditPolicyEnabled: true, version: 1 },
    },
    {
      name: 'a Secret with bad base64',
      text: buildSecret(POLICY).replace(/: \S+\n$/, ': abc*def=\n'),
      kind: 'secret',
      summary: /no policy in it/,
      problem: /not valid base64/,
    },
    {
      name: 'binary junk',
      text: 'PK\u0003\u0004\u0000\u0000garbage',
      kind: 'binary',
      problem: /not a policy: binary content/,
    },
    { name: 'an empty text', text: '  \n', kind: 'empty', problem: /nothing to import/ },
    {
      name: 'a 9 MB paste',
      text: 'x'.repeat(9 * 1024 * 1024),
      kind: 'too-large',
      problem: /9\.0 MiB; an audit policy is a few KB \(the limit is 8 MiB\)/,
    },
    {
      name: 'malformed YAML is a policy with a located error',
      text: 'rules:\n  - level: [\n',
      kind: 'policy',
      rules: 0,
      summary: /1 error/,
    },
    {
      name: 'a ModuleConfig with a bad path keeps the rest',
      text: buildModuleConfig(defaultDkpSettings()).replace('/var/log/kube-audit', '/var/log/'),
      kind: 'moduleconfig',
      problem: /auditLog\.path "\/var\/log\/" does not match/,
    },
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = importText(c.text)
    expect(r.kind).toBe(c.kind)
    if (c.rules !== undefined) expect(r.parse?.policy?.rules.length ?? 0).toBe(c.rules)
    if (c.summary) expect(importing.summary(r.described)).toMatch(c.summary)
    if (c.settings) expect(r.settings).toMatchObject(c.settings)
    if (c.problem) expect(r.diagnostics.map((d) => d.message).join(' | ')).toMatch(c.problem)
  })
  it('reads the policy in a Secret as DKP does for target deckhouse', () => {
    const r = importText(buildSecret(POLICY + '    verb: [get]\n'), { target: 'deckhouse' })
    expect(r.parse!.loadable).toBe(false)
  })
})
