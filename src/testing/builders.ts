// Builders shared by unit and e2e tests: aRule(), aRequest(), aPolicy().
import type { Policy, PolicyRule, RequestAttributes } from '../policy/types.ts'

/** aRule builds a rule, Metadata for everything unless told otherwise. */
export function aRule(fields: Partial<PolicyRule> = {}): PolicyRule {
  return { level: 'Metadata', ...fields }
}

/** aPolicy builds a policy from rules (and optional policy-level fields). */
export function aPolicy(rules: PolicyRule[], fields: Omit<Partial<Policy>, 'rules'> = {}): Policy {
  return { ...fields, rules }
}

/** aRequest builds a resource request: `get pods/busybox` in default by tim (groups humans). */
export function aRequest(fields: Partial<RequestAttributes> = {}): RequestAttributes {
  return {
    user: 'tim',
    groups: ['humans', 'system:authenticated'],
    verb: 'get',
    resourceRequest: true,
    apiGroup: '',
    resource: 'pods',
    subresource: '',
    namespace: 'default',
    name: 'busybox',
    path: '/api/v1/namespaces/default/pods/busybox',
    ...fields,
  }
}

/** aNonResourceRequest builds `get /healthz` by tim. */
export function aNonResourceRequest(
  path = '/healthz',
  fields: Partial<RequestAttributes> = {},
): RequestAttributes {
  return aRequest({
    resourceRequest: false,
    apiGroup: '',
    resource: '',
    namespace: '',
    name: '',
    path,
    ...fields,
  })
}
