// Which request attributes kube-apiserver can really derive from an HTTP request (requestinfo.go): lint's
// witness requests must be ones a cluster can see, or a finding would describe a request that never happens.
import type { RequestAttributes } from './types.ts'

import { NON_RESOURCE_VERBS, RESOURCE_VERBS } from './verbs.ts'

export { RESOURCE_VERBS, NON_RESOURCE_VERBS }

/** needsName: verbs on one object (and every subresource request) carry the object's name in the URL. */
export function needsName(verb: string, subresource: string): boolean {
  return subresource !== '' || verb === 'get' || verb === 'update' || verb === 'patch' || verb === 'delete'
}

/** Verbs that address a collection, never one object's subresource. */
const COLLECTION_VERBS = new Set(['list', 'watch', 'deletecollection', 'proxy'])

/** isSegment: a URL path segment (or nothing) that parses back unchanged. */
const isSegment = (s: string) => !/[/?#%]/.test(s)

/** plausibleResource: requestinfo.go can yield this verb with this resource, subresource and name. */
export function plausibleResource(
  verb: string,
  resource: string,
  subresource: string,
  name: string,
): boolean {
  if (!RESOURCE_VERBS.includes(verb) || resource === '') return false
  if (!isSegment(resource) || !isSegment(subresource)) return false
  if (needsName(verb, subresource) && name === '') return false
  if (COLLECTION_VERBS.has(verb) && subresource !== '') return false
  if ((verb === 'deletecollection' || verb === 'create') && subresource === '') return name === ''
  return true
}

/** isNonResourcePath: a URL path (no query, nothing to decode) that requestinfo.go leaves non-resource. */
function isNonResourcePath(path: string): boolean {
  if (!path.startsWith('/') || /[?#%]/.test(path)) return false
  const parts = path.replace(/^\/+|\/+$/g, '').split('/')
  if (parts[0] === 'api') return parts.length < 3
  if (parts[0] === 'apis') return parts.length < 4
  return true
}

/** isPlausibleRequest: kube-apiserver can derive these attributes from a real HTTP request by a user. */
export function isPlausibleRequest(req: RequestAttributes): boolean {
  if (req.user === null) return false
  if (!req.resourceRequest) return NON_RESOURCE_VERBS.includes(req.verb) && isNonResourcePath(req.path)
  if (![req.apiGroup, req.namespace, req.name].every(isSegment)) return false
  // A namespace object lies in itself: /api/v1/namespaces/foo has namespace foo; a list of them has none.
  if (req.apiGroup === '' && req.resource === 'namespaces' && req.namespace !== req.name) return false
  return plausibleResource(req.verb, req.resource, req.subresource, req.name)
}
