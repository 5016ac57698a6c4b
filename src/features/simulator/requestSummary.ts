// A test request in one line: "jane · list pods in default", "system:anonymous · get /healthz".
import type { RequestAttributes } from '../../policy/types.ts'
import { t } from '../../i18n/verify.ts'

/** requestWhat: what the request touches ("pods/exec web in default", "apps deployments", "/healthz"). */
export function requestWhat(r: RequestAttributes): string {
  if (!r.resourceRequest) return r.path || '/'
  const resource = `${r.apiGroup ? `${r.apiGroup} ` : ''}${r.resource}${r.subresource ? `/${r.subresource}` : ''}`
  const name = r.name ? ` ${r.name}` : ''
  return `${resource}${name}${r.namespace ? t.verify.simulator.inNamespace(r.namespace) : ''}`
}

/** requestSummary: who, verb and what. */
export function requestSummary(r: RequestAttributes): string {
  const who = r.user === null ? t.verify.simulator.noUser : r.user || '""'
  return `${who} · ${r.verb || '""'} ${requestWhat(r)}`
}
