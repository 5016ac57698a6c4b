// Concrete resources that several rules' `resources` all accept: the resource part of a witness request.
import { patternHas, type ResourceAtom, type ResourcePattern, type Selectors } from './selectors.ts'

const FRESH_GROUPS = ['example.com', '']
const FRESH_RESOURCE = 'widgets'
const FRESH_SUBRESOURCES = ['', 'status']
const MAX_CHOICES = 24

/** One resource choice: group, resource, subresource, and a name (null: any name, chosen to fit the verb). */
export interface ResourceChoice {
  apiGroup: string
  resource: string
  subresource: string
  name: string | null
}

const unique = <T>(l: readonly T[]): T[] => [...new Set(l)]

/** Pools of concrete values to try: every value the atoms mention, plus fresh ones no rule mentions. */
interface Pools {
  groups: string[]
  resources: string[]
  subresources: string[]
}

/** poolsOf: the values the atoms mention, and fresh ones, to build concrete pairs from. */
function poolsOf(atoms: readonly ResourceAtom[]): Pools {
  const groups: string[] = []
  const resources: string[] = []
  const subresources: string[] = [...FRESH_SUBRESOURCES]
  for (const { group, pattern: p } of atoms) {
    if (group !== '*') groups.push(group)
    if (p.kind === 'exact' || p.kind === 'parent') resources.push(p.resource)
    if ((p.kind === 'exact' && p.subresource !== '') || p.kind === 'sub') subresources.push(p.subresource)
    if (p.kind === 'starstar') {
      resources.push('*')
      subresources.push('*')
    }
  }
  return {
    groups: unique([...groups, ...FRESH_GROUPS]),
    resources: unique([...resources, FRESH_RESOURCE]),
    subresources: unique(subresources),
  }
}

/** pairsOf: concrete (resource, subresource) pairs of a pattern, drawn from the pools. */
function pairsOf(p: ResourcePattern, pools: Pools): Array<[string, string]> {
  const cross = (rs: readonly string[], ss: readonly string[]) =>
    rs.flatMap((r) => ss.map((s): [string, string] => [r, s]))
  switch (p.kind) {
    case 'all':
      return cross(pools.resources, pools.subresources)
    case 'exact':
      return [[p.resource, p.subresource]]
    case 'parent':
      return cross([p.resource], pools.subresources)
    case 'sub':
      return cross(pools.resources, [p.subresource])
    case 'starstar':
      return [...cross(['*'], pools.subresources), ...cross(pools.resources, ['*'])]
    case 'none':
      return []
  }
}

/**
 * acceptedNames: the names one rule's atoms accept for (group, resource, subresource): undefined for any
 * name, null when no atom accepts the pair at all.
 */
function acceptedNames(
  atoms: readonly ResourceAtom[],
  group: string,
  resource: string,
  subresource: string,
): ReadonlySet<string> | undefined | null {
  let names: Set<string> | null = null
  for (const a of atoms) {
    if ((a.group !== '*' && a.group !== group) || !patternHas(a.pattern, resource, subresource)) continue
    if (a.names === undefined) return undefined
    names ??= new Set()
    for (const n of a.names) names.add(n)
  }
  return names
}

/** breadth: a rough size of what atoms select, to start from the narrowest rule (fewest choices to try). */
function breadth(atoms: readonly ResourceAtom[]): number {
  let n = 0
  for (const a of atoms) {
    const k = a.pattern.kind
    n += (a.group === '*' ? 4 : 1) * (k === 'all' ? 9 : k === 'exact' || k === 'none' ? 1 : 3)
  }
  return n
}

/** resourceChoices: concrete (group, resource, subresource, name) choices every rule's resources accept. */
export function resourceChoices(sels: readonly Selectors[]): ResourceChoice[] {
  const lists = sels
    .filter((s) => s.atoms !== undefined)
    .map((s) => s.atoms!)
    .sort((a, b) => breadth(a) - breadth(b))
  let pools: Pools | undefined
  const pooled = () => (pools ??= poolsOf(lists.flat()))
  const first = lists[0] ?? [{ group: '*', pattern: { kind: 'all' } } as ResourceAtom]
  const out: ResourceChoice[] = []
  for (const atom of first) {
    const groups = atom.group === '*' ? pooled().groups : [atom.group]
    for (const apiGroup of groups) {
      const pairs: Array<[string, string]> =
        atom.pattern.kind === 'exact'
          ? [[atom.pattern.resource, atom.pattern.subresource]]
          : pairsOf(atom.pattern, pooled())
      for (const [resource, subresource] of pairs) {
        const names = namesAllLists(lists, apiGroup, resource, subresource)
        if (names === null) continue
        if (names === undefined) out.push({ apiGroup, resource, subresource, name: null })
        else for (const name of names) out.push({ apiGroup, resource, subresource, name })
        if (out.length >= MAX_CHOICES) return out
      }
    }
  }
  return out
}

/** namesAllLists: the names every list accepts for the pair (undefined: any name; null: some list refuses). */
function namesAllLists(
  lists: ReadonlyArray<readonly ResourceAtom[]>,
  group: string,
  resource: string,
  subresource: string,
): string[] | undefined | null {
  let names: string[] | undefined
  for (const l of lists) {
    const accepted = acceptedNames(l, group, resource, subresource)
    if (accepted === null) return null
    if (accepted !== undefined)
      names = names === undefined ? [...accepted] : names.filter((n) => accepted.has(n))
  }
  return names?.length === 0 ? null : names
}
