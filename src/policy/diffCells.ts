// Cells: products of exact attribute sets (diff-sets.ts), one set per attribute a rule can test. A rule is a
// union of cubes (each cube constrains a few attributes); a cell either lies inside a cube, shares nothing
// with it, or is split on one attribute until it does one or the other. The cells of a split are disjoint
// and cover their parent, so a walk that ends in decided cells has looked at every request exactly once.
import {
  ALL,
  ANY_GROUPS,
  ANY_PATH,
  groupsApart,
  groupsEmpty,
  groupsMeet,
  groupsMinus,
  groupsWithin,
  only,
  pathEmpty,
  pathMeet,
  pathMinus,
  pathWithin,
  strEmpty,
  strMeet,
  strMinus,
  strUnion,
  type GroupSet,
  type PathSet,
  type StrSet,
  type UrlSpec,
} from './diffSets.ts'
import { selectorsOf } from './selectors.ts'
import type { PolicyRule } from './types.ts'

/** The string attributes of a request a rule can test; `kind` is resource or non-resource. */
export const STR_DIMS = [
  'kind',
  'user',
  'verb',
  'namespace',
  'apiGroup',
  'resource',
  'subresource',
  'name',
] as const
export type StrDim = (typeof STR_DIMS)[number]

/** The user of a request that failed authentication (evaluate.ts's `user: null`); no rule can list it. */
export const NO_USER = '\u0000unauthenticated'
export const RESOURCE = 'resource'
export const NON_RESOURCE = 'nonResource'

/** Cell: a set of requests, one exact set per attribute. */
export interface Cell {
  str: Readonly<Record<StrDim, StrSet>>
  groups: GroupSet
  path: PathSet
}

/** Cube: the requests that pass every constraint it sets (an absent constraint accepts every value). */
export interface Cube {
  str: Partial<Record<StrDim, StrSet>>
  groups?: ReadonlySet<string>
  path?: UrlSpec
}

/** topCell: every request of one kind (resource or non-resource). */
export function topCell(kind: string): Cell {
  const str = Object.fromEntries(STR_DIMS.map((d) => [d, ALL])) as Record<StrDim, StrSet>
  str.kind = only([kind])
  return { str, groups: ANY_GROUPS, path: ANY_PATH }
}

/**
 * ruleCubes reads a rule as the union of cubes it matches, exactly as evaluate.ts's ruleMatches does for
 * requests whose resource and subresource are path segments: users and userGroups need an authenticated user;
 * a rule with namespaces or resources matches resource requests only, one with nonResourceURLs the others.
 */
export function ruleCubes(rule: PolicyRule): Cube[] {
  const sel = selectorsOf(rule)
  const base: Cube = { str: {} }
  if (sel.users) base.str.user = only(sel.users)
  if (sel.userGroups) {
    base.str.user = strMinus(base.str.user ?? ALL, only([NO_USER]))
    base.groups = sel.userGroups
  }
  if (sel.verbs) base.str.verb = only(sel.verbs)
  if (sel.scope === 'both') return [base]
  if (sel.scope === 'nonResource') {
    base.str.kind = only([NON_RESOURCE])
    return sel.urls!.map((u) => ({ ...base, path: u }))
  }
  base.str.kind = only([RESOURCE])
  if (sel.namespaces) base.str.namespace = only(sel.namespaces)
  if (sel.atoms === undefined) return [base]
  const cubes: Cube[] = []
  for (const atom of sel.atoms) {
    const str = { ...base.str }
    if (atom.group !== '*') str.apiGroup = only([atom.group])
    if (atom.names) str.name = only(atom.names)
    const p = atom.pattern
    const add = (extra: Partial<Record<StrDim, StrSet>>) => cubes.push({ ...base, str: { ...str, ...extra } })
    if (p.kind === 'all') add({})
    else if (p.kind === 'exact') add({ resource: only([p.resource]), subresource: only([p.subresource]) })
    else if (p.kind === 'parent') add({ resource: only([p.resource]) })
    else if (p.kind === 'sub') add({ subresource: only([p.subresource]) })
    else if (p.kind === 'starstar') {
      // `*/*` matches a resource literally named `*` or a subresource literally named `*`.
      add({ resource: only(['*']) })
      add({ subresource: only(['*']) })
    }
  }
  return cubes
}

/** cellEmpty: some attribute has no value left. */
export function cellEmpty(c: Cell): boolean {
  return STR_DIMS.some((d) => strEmpty(c.str[d])) || groupsEmpty(c.groups) || pathEmpty(c.path)
}

/** One attribute of a cube, as the walk splits on it. */
type Part =
  { dim: StrDim; set: StrSet } | { dim: 'groups'; set: ReadonlySet<string> } | { dim: 'path'; set: UrlSpec }

function partsOf(cube: Cube): Part[] {
  const parts: Part[] = STR_DIMS.filter((d) => cube.str[d] !== undefined).map((d) => ({
    dim: d,
    set: cube.str[d]!,
  }))
  if (cube.groups) parts.push({ dim: 'groups', set: cube.groups })
  if (cube.path) parts.push({ dim: 'path', set: cube.path })
  return parts
}

function within(c: Cell, p: Part): boolean {
  if (p.dim === 'groups') return groupsWithin(c.groups, p.set)
  if (p.dim === 'path') return pathWithin(c.path, p.set)
  return strEmpty(strMinus(c.str[p.dim], p.set))
}

function apart(c: Cell, p: Part): boolean {
  if (p.dim === 'groups') return groupsApart(c.groups, p.set)
  if (p.dim === 'path') return pathEmpty(pathMeet(c.path, p.set))
  return strEmpty(strMeet(c.str[p.dim], p.set))
}

/** splitOn: the part of the cell inside one attribute's constraint, and the part outside it. */
function splitOn(c: Cell, p: Part): [Cell, Cell] {
  if (p.dim === 'groups')
    return [
      { ...c, groups: groupsMeet(c.groups, p.set) },
      { ...c, groups: groupsMinus(c.groups, p.set) },
    ]
  if (p.dim === 'path')
    return [
      { ...c, path: pathMeet(c.path, p.set) },
      { ...c, path: pathMinus(c.path, p.set) },
    ]
  const d = p.dim
  return [
    { ...c, str: { ...c.str, [d]: strMeet(c.str[d], p.set) } },
    { ...c, str: { ...c.str, [d]: strMinus(c.str[d], p.set) } },
  ]
}

/** Relation of a (non-empty) cell to a rule: every request matches it, none does, or the cell splits in two. */
export type Relation = { kind: 'all' } | { kind: 'none' } | { kind: 'split'; cells: [Cell, Cell] }

/** relate: how a rule (its cubes) matches the requests of a non-empty cell. */
export function relate(cubes: readonly Cube[], c: Cell): Relation {
  let partial: Part | undefined
  for (const cube of cubes) {
    const parts = partsOf(cube)
    if (parts.some((p) => apart(c, p))) continue
    const open = parts.find((p) => !within(c, p))
    if (open === undefined) return { kind: 'all' }
    partial ??= open
  }
  if (partial === undefined) return { kind: 'none' }
  return { kind: 'split', cells: splitOn(c, partial) }
}

/** covers: every request of the (non-empty) cell matches the rule (some cube, possibly a different one each). */
export function covers(cubes: readonly Cube[], c: Cell): boolean {
  const r = relate(cubes, c)
  if (r.kind !== 'split') return r.kind === 'all'
  return covers(cubes, r.cells[0]) && covers(cubes, r.cells[1])
}

/** groupsHull: the constraints every one of the group sets has (each set lies inside the result). */
function groupsHull(sets: readonly GroupSet[]): GroupSet {
  const [first, ...rest] = sets
  const key = (s: ReadonlySet<string>) => [...s].sort().join('\u0001')
  const none = [...first!.none].filter((g) => rest.every((r) => r.none.has(g)))
  const some = first!.some.filter((s) => rest.every((r) => r.some.some((t) => key(t) === key(s))))
  return { none: new Set(none), some }
}

/** pathsHull: the longest common prefix, less the exclusions every one of the path sets has. */
function pathsHull(sets: readonly PathSet[]): PathSet {
  if (sets.every((p) => JSON.stringify(p) === JSON.stringify(sets[0]))) return sets[0]!
  const bases = sets.map((p) => p.exact ?? p.prefix)
  let prefix = bases[0]!
  for (const b of bases) while (!b.startsWith(prefix)) prefix = prefix.slice(0, -1)
  const all = (pick: (p: PathSet) => readonly string[]) =>
    pick(sets[0]!).filter((x) => sets.every((p) => pick(p).includes(x)))
  return { prefix, notExact: all((p) => p.notExact), notPrefix: all((p) => p.notPrefix) }
}

/** hull: a small cell that holds every one of the cells (string attributes joined, common constraints kept). */
export function hull(cells: readonly Cell[]): Cell {
  const str = { ...cells[0]!.str }
  for (const c of cells.slice(1)) for (const d of STR_DIMS) str[d] = strUnion(str[d], c.str[d])
  return { str, groups: groupsHull(cells.map((c) => c.groups)), path: pathsHull(cells.map((c) => c.path)) }
}

/** widened: the cell with one attribute set free (every value), the kind kept. */
export function widened(c: Cell, dim: StrDim | 'groups' | 'path'): Cell {
  if (dim === 'groups') return { ...c, groups: ANY_GROUPS }
  if (dim === 'path') return { ...c, path: ANY_PATH }
  return { ...c, str: { ...c.str, [dim]: ALL } }
}
