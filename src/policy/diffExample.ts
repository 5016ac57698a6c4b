// One concrete request of a cell, to show and to open in the simulator: a request a cluster can really see
// when the cell has one (plausible.ts), else any request of the cell.
import { NO_USER, RESOURCE, type Cell } from './diffCells.ts'
import { groupsWitness, pathWitness, strHas, type StrSet } from './diffSets.ts'
import { isPlausibleRequest, NON_RESOURCE_VERBS, RESOURCE_VERBS } from './plausible.ts'
import type { RequestAttributes } from './types.ts'

const MAX_TRIES = 400

/** candidates: up to `limit` values of the set, the preferred ones first, then fresh ones. */
function candidates(s: StrSet, preferred: readonly string[], limit = 4): string[] {
  if (s.fin) {
    const vals = [...s.vals]
    const first = preferred.filter((v) => s.vals.has(v))
    return [...new Set([...first, ...vals.sort()])].slice(0, limit)
  }
  const out = preferred.filter((v) => strHas(s, v))
  for (let k = 0; out.length < limit; k++) {
    const v = k === 0 ? 'example' : `example-${k}`
    if (strHas(s, v)) out.push(v)
  }
  return [...new Set(out)].slice(0, limit)
}

/** resourcePath: the URL path kube-apiserver would parse these attributes from. */
function resourcePath(r: RequestAttributes): string {
  const prefix = r.apiGroup === '' ? '/api/v1' : `/apis/${r.apiGroup}/v1`
  const ns = r.namespace === '' ? '' : `/namespaces/${r.namespace}`
  const tail = [r.resource, r.name, r.subresource].filter((p) => p !== '').join('/')
  return `${prefix}${ns}/${tail}`
}

function* product(lists: readonly string[][]): Generator<string[]> {
  const idx = lists.map(() => 0)
  if (lists.some((l) => l.length === 0)) return
  for (;;) {
    yield idx.map((k, d) => lists[d]![k]!)
    let d = lists.length - 1
    while (d >= 0 && ++idx[d]! === lists[d]!.length) idx[d--] = 0
    if (d < 0) return
  }
}

/** cellExample: a request of a non-empty cell, plausible when one of the tried combinations is. */
export function cellExample(c: Cell): RequestAttributes {
  const resourceRequest = strHas(c.str.kind, RESOURCE)
  const users = candidates(c.str.user, ['jane@example.com', 'admin'], 2)
  const user = users[0] === NO_USER && users.length > 1 ? users[1]! : users[0]!
  const groups = groupsWitness(c.groups)
  const verbs = candidates(c.str.verb, resourceRequest ? RESOURCE_VERBS : NON_RESOURCE_VERBS, 9)
  const base = { user: user === NO_USER ? null : user, groups, resourceRequest }
  if (!resourceRequest) {
    return {
      ...base,
      verb: verbs[0]!,
      apiGroup: '',
      resource: '',
      subresource: '',
      namespace: '',
      name: '',
      path: pathWitness(c.path),
    }
  }
  const lists = [
    verbs,
    candidates(c.str.namespace, ['default', 'team-a', '']),
    candidates(c.str.apiGroup, ['', 'apps', 'example.com']),
    candidates(c.str.resource, ['pods', 'configmaps', 'widgets']),
    candidates(c.str.subresource, ['', 'status']),
    candidates(c.str.name, ['', 'example']),
  ]
  let first: RequestAttributes | undefined
  let tries = 0
  for (const [verb, namespace, apiGroup, resource, subresource, name] of product(lists)) {
    const req: RequestAttributes = {
      ...base,
      verb: verb!,
      namespace: namespace!,
      apiGroup: apiGroup!,
      resource: resource!,
      subresource: subresource!,
      name: name!,
      path: '',
    }
    req.path = resourcePath(req)
    first ??= req
    if (isPlausibleRequest(req) || ++tries > MAX_TRIES) return isPlausibleRequest(req) ? req : first
  }
  return first!
}
