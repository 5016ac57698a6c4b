// A cell in words-to-be: the parameters the UI turns into a sentence ("create/update of secrets in any
// namespace, by any user"), and the membership test that proves the words say exactly the cell.
import { NO_USER, NON_RESOURCE, RESOURCE, STR_DIMS, type Cell, type StrDim } from './diffCells.ts'
import { groupsEqual, groupsHas, groupsNormal, strEqual, strHas, strUnion, type StrSet } from './diffSets.ts'
import type { RequestAttributes } from './types.ts'

/** ValueSet: any value, only these values, or any value except these. */
export type ValueSet = { any: true } | { only: string[] } | { except: string[] }

/** PathClass: one path or every path under a prefix ("" = any path), less some paths and prefixes. */
export interface PathClass {
  exact?: string
  prefix?: string
  exceptPaths: string[]
  exceptPrefixes: string[]
}

/**
 * RequestClass: a set of requests, each attribute described on its own (a request is in the class when every
 * attribute is). `unauthenticated` says whether requests that failed authentication are in it.
 */
export interface RequestClass {
  kinds: Array<'resource' | 'nonResource'>
  users: ValueSet
  unauthenticated: boolean
  /** The request's groups include one of each `anyOf` list and none of `noneOf`. */
  groups: { anyOf: string[][]; noneOf: string[] }
  verbs: ValueSet
  namespaces: ValueSet
  apiGroups: ValueSet
  resources: ValueSet
  subresources: ValueSet
  names: ValueSet
  path: PathClass
}

const sorted = (s: Iterable<string>) => [...s].sort()

function valueSet(s: StrSet, drop?: string): ValueSet {
  if (s.fin) return { only: sorted([...s.vals].filter((v) => v !== drop)) }
  const except = sorted([...s.except].filter((v) => v !== drop))
  return except.length === 0 ? { any: true } : { except }
}

/** describeCell: the cell's parameters. */
export function describeCell(c: Cell): RequestClass {
  const kinds = ([RESOURCE, NON_RESOURCE] as const).filter((k) => strHas(c.str.kind, k))
  const p = c.path
  const path: PathClass = {
    exceptPaths: sorted(new Set(p.notExact)),
    exceptPrefixes: sorted(new Set(p.notPrefix)),
  }
  if (p.exact !== undefined) path.exact = p.exact
  else path.prefix = p.prefix
  return {
    kinds,
    users: valueSet(c.str.user, NO_USER),
    unauthenticated: strHas(c.str.user, NO_USER),
    groups: groupsNormal(c.groups),
    verbs: valueSet(c.str.verb),
    namespaces: valueSet(c.str.namespace),
    apiGroups: valueSet(c.str.apiGroup),
    resources: valueSet(c.str.resource),
    subresources: valueSet(c.str.subresource),
    names: valueSet(c.str.name),
    path,
  }
}

const inValues = (v: ValueSet, x: string) =>
  'any' in v ? true : 'only' in v ? v.only.includes(x) : !v.except.includes(x)

/** pathInClass: whether a non-resource path is in the class's paths. */
function pathInClass(p: PathClass, path: string): boolean {
  const base = p.exact !== undefined ? path === p.exact : path.startsWith(p.prefix ?? '')
  return base && !p.exceptPaths.includes(path) && !p.exceptPrefixes.some((x) => path.startsWith(x))
}

/**
 * requestInClass: whether a request is in the class, read from the parameters alone (what the words say).
 * Attributes that a request of its kind does not have (a namespace for /healthz) are not tested.
 */
export function requestInClass(cls: RequestClass, req: RequestAttributes): boolean {
  if (!cls.kinds.includes(req.resourceRequest ? 'resource' : 'nonResource')) return false
  if (req.user === null) {
    if (!cls.unauthenticated) return false
  } else if (!inValues(cls.users, req.user)) return false
  const none = new Set(cls.groups.noneOf)
  if (!groupsHas({ none, some: cls.groups.anyOf.map((s) => new Set(s)) }, req.groups)) return false
  if (!inValues(cls.verbs, req.verb)) return false
  if (!req.resourceRequest) return pathInClass(cls.path, req.path)
  return (
    inValues(cls.namespaces, req.namespace) &&
    inValues(cls.apiGroups, req.apiGroup) &&
    inValues(cls.resources, req.resource) &&
    inValues(cls.subresources, req.subresource) &&
    inValues(cls.names, req.name)
  )
}

const samePath = (a: Cell, b: Cell) =>
  JSON.stringify(describeCell(a).path) === JSON.stringify(describeCell(b).path)

/** mergeable: the one string attribute in which two cells differ (everything else equal), or null. */
function mergeDim(a: Cell, b: Cell): StrDim | null | 'same' {
  if (!groupsEqual(a.groups, b.groups) || !samePath(a, b)) return null
  const differ = STR_DIMS.filter((d) => !strEqual(a.str[d], b.str[d]))
  if (differ.length === 0) return 'same'
  return differ.length === 1 ? differ[0]! : null
}

/**
 * mergeCells joins cells that differ in one string attribute (their union is again a cell) until none do.
 * Quadratic, but it only sees the cells whose outcome changed the same way.
 */
export function mergeCells(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = []
  for (const start of cells) {
    let cell = start
    for (let k = 0; k < out.length;) {
      const d = mergeDim(out[k]!, cell)
      if (d === null) {
        k++
        continue
      }
      const other = out.splice(k, 1)[0]!
      if (d !== 'same') cell = { ...cell, str: { ...cell.str, [d]: strUnion(cell.str[d], other.str[d]) } }
      k = 0
    }
    out.push(cell)
  }
  return out
}
