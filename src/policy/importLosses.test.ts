import { describe, expect, it } from 'vitest'
import { importing } from '../i18n/en/importing.ts'
import { importText } from './importing.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const b64 = (s: string) => Buffer.from(s).toString('base64')

describe('importText: what an import does not keep', () => {
  const cases: Array<{ name: string; text: string; losses: unknown[] }> = [
    { name: 'a block-YAML policy keeps everything', text: POLICY, losses: [] },
    {
      name: 'a JSON policy is rewritten by the first form edit',
      text: '{"apiVersion": "audit.k8s.io/v1", "kind": "Policy", "rules": [{"level": "None"}]}',
      losses: [{ code: 'rewrittenOnEdit', format: 'json' }],
    },
    {
      name: 'a bare Secret: the Secret itself',
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\ndata:\n  audit-policy.yaml: ${b64(POLICY)}\n`,
      losses: [{ code: 'secretEnvelope', extras: [] }],
    },
    {
      name: 'a Secret with labels and another key, a ConfigMap and a ModuleConfig with other settings',
      text: [
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\n  labels: {team: a}\ndata:\n  audit-policy.yaml: ${b64(POLICY)}\n  extra.yaml: ${b64('x')}\n`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n',
        'apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\nspec:\n  version: 1\n  enabled: true\n  settings:\n    apiserver:\n      auditPolicyEnabled: true\n      bindToWildcard: true\n    etcd: {maxDbSize: 1}\n',
      ].join('---\n'),
      losses: [
        { code: 'secretEnvelope', extras: ['metadata.labels', 'data.extra.yaml'] },
        { code: 'otherDocuments', documents: ['ConfigMap other'] },
        {
          code: 'moduleConfigOther',
          paths: ['spec.enabled', 'spec.settings.apiserver.bindToWildcard', 'spec.settings.etcd'],
        },
      ],
    },
    { name: 'nothing read, nothing listed', text: '', losses: [] },
  ]
  for (const c of cases)
    it(c.name, () => {
      expect(importText(c.text).losses).toEqual(c.losses)
    })
})

describe('the words of an import summary (i18n) from its description (the core)', () => {
  const texts: Array<[string, string]> = [
    [POLICY, 'Policy: 1 rule'],
    [
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Nope\n    verb: [get]\n',
      'Policy: 1 rule, 1 error, 1 warning',
    ],
    [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\ndata:\n  audit-policy.yaml: ${b64(POLICY)}\n`,
      'Secret kube-system/audit-policy: 1 rule',
    ],
    [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\ndata: {}\n',
      'Secret (no namespace)/audit-policy: no policy in it',
    ],
    [
      'apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\nspec:\n  version: 1\n',
      'ModuleConfig control-plane-manager: its audit settings only',
    ],
    ['', 'empty'],
    ['a\u0000b', 'not text'],
    ['x'.repeat(9 * 1024 * 1024 + 60_000), '9.1 MiB: too large'],
  ]
  for (const [text, summary] of texts)
    it(`reads in English as the core wrote it before it gave only codes: ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(importing.summary(importText(text).described)).toBe(summary)
    })
})
