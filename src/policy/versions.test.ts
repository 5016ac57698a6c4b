// Each Kubernetes version fact, with a hit and a near miss (sources: docs/notes/kubernetes-versions.md).
import { describe, expect, it } from 'vitest'
import { aRequest } from '../testing/builders.ts'
import { evaluatePolicy } from './evaluate.ts'
import { lintPolicy } from './lint.ts'
import { parsePolicy } from './parse.ts'
import type { Policy } from './types.ts'
import { validatePolicy } from './validate.ts'
import {
  defaultKubernetesVersion,
  DKP_DEFAULT_KUBERNETES_VERSION,
  groupWildcardAllowed,
  previousVersion,
  type KubernetesVersion,
} from './versions.ts'

const STAR: Policy = { rules: [{ level: 'Metadata', resources: [{ group: '*', resources: ['*/status'] }] }] }
const STAR_TEXT = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  resources:
  - group: "*"
    resources: ["*/status"]
`
const DNS_MSG =
  "rules[0].resources.group: Invalid value: \"*\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

describe('defaults', () => {
  it('kube-apiserver defaults to the newest version, 1.36', () =>
    expect(defaultKubernetesVersion('kube-apiserver')).toBe('1.36'))
  it("deckhouse defaults to DKP's default version", () => {
    expect(defaultKubernetesVersion('deckhouse')).toBe(DKP_DEFAULT_KUBERNETES_VERSION)
    expect(DKP_DEFAULT_KUBERNETES_VERSION).toBe('1.34')
  })
  it('previousVersion is the minor below; none below 1.29', () => {
    expect(previousVersion('1.36')).toBe('1.35')
    expect(previousVersion('1.29')).toBeNull()
  })
})

describe('group "*" (a wildcard since 1.36, kubernetes PR #135262)', () => {
  it('hit: 1.36 accepts group "*"', () => {
    expect(groupWildcardAllowed('1.36')).toBe(true)
    expect(validatePolicy(STAR, { kubernetesVersion: '1.36' })).toEqual([])
  })
  it.each(['1.29', '1.33', '1.35'] as KubernetesVersion[])(
    'near miss: %s refuses group "*" with the DNS-1123 Invalid error',
    (v) => {
      expect(groupWildcardAllowed(v)).toBe(false)
      expect(validatePolicy(STAR, { kubernetesVersion: v }).map((d) => d.message)).toEqual([DNS_MSG])
    },
  )
  it('validatePolicy without a version is the newest (existing callers keep their results)', () =>
    expect(validatePolicy(STAR)).toEqual([]))
  it('parsePolicy for kube-apiserver defaults to 1.36 and loads it', () =>
    expect(parsePolicy(STAR_TEXT).loadable).toBe(true))
  it('parsePolicy for deckhouse 1.33: DKP accepts the Secret, then kube-apiserver fails to start', () => {
    const r = parsePolicy(STAR_TEXT, { target: 'deckhouse', kubernetesVersion: '1.33' })
    expect(r.loadable).toBe(false)
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      `${DNS_MSG} (DKP accepts the Secret, then kube-apiserver fails to start)`,
    ])
  })
  it('parsePolicy for deckhouse defaults to its version and refuses it', () =>
    expect(parsePolicy(STAR_TEXT, { target: 'deckhouse' }).loadable).toBe(false))
  it('an explicit group next to it still loads on 1.33 (near miss: only "*" is version-dependent)', () =>
    expect(
      validatePolicy(
        { rules: [{ level: 'Metadata', resources: [{ group: 'apps' }, { group: '' }] }] },
        { kubernetesVersion: '1.33' },
      ),
    ).toEqual([]))
})

describe('group "*" on 1.36 matches any group, the core group included (kubernetes PR #135262)', () => {
  const statusOf = (apiGroup: string, resource: string, subresource: string) =>
    evaluatePolicy(STAR, aRequest({ apiGroup, resource, subresource })).matchedRule
  it.each([
    ['hit: the core group (pods/status)', '', 'pods', 'status'],
    ['hit: a named group (apps deployments/status)', 'apps', 'deployments', 'status'],
    ['hit: a CRD group', 'example.com', 'widgets', 'status'],
  ])('%s', (_name, group, resource, sub) => expect(statusOf(group, resource, sub)).toBe(0))
  it.each([
    ['near miss: the parent resource, not its status', '', 'pods', ''],
    ['near miss: another subresource', 'apps', 'deployments', 'scale'],
  ])('%s', (_name, group, resource, sub) => expect(statusOf(group, resource, sub)).toBeNull())
  it('near miss: an explicit group matches only itself', () =>
    expect(
      evaluatePolicy(
        { rules: [{ level: 'Metadata', resources: [{ group: 'apps', resources: ['*/status'] }] }] },
        aRequest({ apiGroup: '', resource: 'pods', subresource: 'status' }),
      ).matchedRule,
    ).toBeNull())
})

describe('version-rollback lint', () => {
  const ids = (p: Policy, v: KubernetesVersion) =>
    lintPolicy(p, { target: 'kube-apiserver', kubernetesVersion: v })
      .filter((f) => f.id === 'version-rollback')
      .map((f) => f.at)
  it('hit: on 1.36 a group "*" loads, on 1.35 it would not', () =>
    expect(ids(STAR, '1.36')).toEqual(['rules[0].resources[0].group']))
  it('near miss: on 1.35 it is an error already, not a rollback warning', () =>
    expect(ids(STAR, '1.35')).toEqual([]))
  it('near miss: explicit groups load on every version', () =>
    expect(ids({ rules: [{ level: 'Metadata', resources: [{ group: 'apps' }] }] }, '1.36')).toEqual([]))
})
