// Exact sets of attribute values, for comparing two policies over every request (diff-cells.ts). Each form is
// closed under intersection and difference with what a rule's selectors test, and says exactly whether it
// is empty: strings are finite or co-finite sets, a request's groups a set of "has one of" / "has none of"
// constraints, a non-resource path a prefix or exact path with exclusions. The universe of strings is
// infinite (a fresh value always exists), which is what makes "co-finite" and "prefix" sets never empty.

/** StrSet: a finite set of strings, or every string except a finite set. */
export type StrSet = { fin: true; vals: ReadonlySet<string> } | { fin: false; except: ReadonlySet<string> }

export const ALL: StrSet = { fin: false, except: new Set() }

/** only: the finite set of `values`. */
export const only = (values: Iterable<string>): StrSet => ({ fin: true, vals: new Set(values) })

/** strMeet: the values in both sets. */
export function strMeet(a: StrSet, b: StrSet): StrSet {
  if (a.fin && b.fin) return only([...a.vals].filter((v) => b.vals.has(v)))
  if (a.fin) return only([...a.vals].filter((v) => !(b as { except: ReadonlySet<string> }).except.has(v)))
  if (b.fin) return strMeet(b, a)
  return { fin: false, except: new Set([...a.except, ...b.except]) }
}

/** strComplement: every string not in the set. */
export const strComplement = (a: StrSet): StrSet =>
  a.fin ? { fin: false, except: a.vals } : { fin: true, vals: a.except }

/** strMinus: the values of `a` not in `b`. */
export const strMinus = (a: StrSet, b: StrSet): StrSet => strMeet(a, strComplement(b))

/** strEmpty: no value (a co-finite set never is). */
export const strEmpty = (a: StrSet): boolean => a.fin && a.vals.size === 0

/** strHas: whether `v` is in the set. */
export const strHas = (a: StrSet, v: string): boolean => (a.fin ? a.vals.has(v) : !a.except.has(v))

/** strUnion: the values in either set (always a finite or co-finite set again). */
export function strUnion(a: StrSet, b: StrSet): StrSet {
  return strComplement(strMeet(strComplement(a), strComplement(b)))
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((v) => b.has(v))

/** strEqual: the same set. */
export const strEqual = (a: StrSet, b: StrSet): boolean =>
  a.fin === b.fin &&
  sameSet(a.fin ? a.vals : a.except, b.fin ? b.vals : (b as { except: ReadonlySet<string> }).except)

/**
 * GroupSet: the groups lists a request may have: none of `none`, and for each set of `some`, at least one of
 * it. userGroups matches when the request has one of the listed groups, so these two forms are all it needs.
 */
export interface GroupSet {
  none: ReadonlySet<string>
  some: ReadonlyArray<ReadonlySet<string>>
}

export const ANY_GROUPS: GroupSet = { none: new Set(), some: [] }

const outside = (s: ReadonlySet<string>, none: ReadonlySet<string>) => [...s].filter((g) => !none.has(g))

/** groupsEmpty: some "one of" set lies wholly in `none`, so no groups list fits. */
export const groupsEmpty = (g: GroupSet): boolean => g.some.some((s) => outside(s, g.none).length === 0)

/** groupsWithin: every groups list of `g` has one of `s` (some "one of" set is, past `none`, inside `s`). */
export const groupsWithin = (g: GroupSet, s: ReadonlySet<string>): boolean =>
  g.some.some((p) => outside(p, g.none).every((x) => s.has(x)))

/** groupsApart: no groups list of `g` has one of `s` (all of `s` is excluded). */
export const groupsApart = (g: GroupSet, s: ReadonlySet<string>): boolean =>
  [...s].every((x) => g.none.has(x))

/** groupsMeet: the lists of `g` that have one of `s`. */
export const groupsMeet = (g: GroupSet, s: ReadonlySet<string>): GroupSet => ({
  none: g.none,
  some: [...g.some, s],
})

/** groupsMinus: the lists of `g` that have none of `s`. */
export const groupsMinus = (g: GroupSet, s: ReadonlySet<string>): GroupSet => ({
  none: new Set([...g.none, ...s]),
  some: g.some,
})

/** groupsNormal: the same set written without values that `none` excludes, and without redundant "one of"s. */
export function groupsNormal(g: GroupSet): { noneOf: string[]; anyOf: string[][] } {
  const sets = g.some.map((s) => [...new Set(outside(s, g.none))].sort())
  const anyOf = sets.filter(
    (s, i) =>
      !sets.some((t, k) => k !== i && t.every((x) => s.includes(x)) && (t.length < s.length || k < i)),
  )
  return { noneOf: [...g.none].sort(), anyOf }
}

/** groupsEqual: the same set (compared in normal form). */
export const groupsEqual = (a: GroupSet, b: GroupSet): boolean =>
  JSON.stringify(groupsNormal(a)) === JSON.stringify(groupsNormal(b))

/** groupsHas: whether a request's groups list is in the set. */
export const groupsHas = (g: GroupSet, groups: readonly string[]): boolean =>
  groups.every((x) => !g.none.has(x)) && g.some.every((s) => groups.some((x) => s.has(x)))

/** groupsWitness: a short groups list in the set: one group per "one of", plus system:authenticated. */
export function groupsWitness(g: GroupSet): string[] {
  const out: string[] = []
  for (const s of groupsNormal(g).anyOf) if (!s.some((x) => out.includes(x))) out.push(s[0]!)
  if (!g.none.has('system:authenticated') && !out.includes('system:authenticated'))
    out.push('system:authenticated')
  return out
}

/** UrlSpec: what one nonResourceURLs entry matches (as selectors.ts reads it). */
export type UrlSpec = { kind: 'all' } | { kind: 'exact'; path: string } | { kind: 'prefix'; prefix: string }

/** PathSet: one exact path or every path with a prefix, less some exact paths and prefixes. */
export interface PathSet {
  exact?: string
  prefix: string
  notExact: readonly string[]
  notPrefix: readonly string[]
  /** Set when an intersection found nothing. */
  empty?: true
}

export const ANY_PATH: PathSet = { prefix: '', notExact: [], notPrefix: [] }

/** pathHas: whether `p` is in the set. */
export function pathHas(s: PathSet, p: string): boolean {
  if (s.empty) return false
  const base = s.exact !== undefined ? p === s.exact : p.startsWith(s.prefix)
  return base && !s.notExact.includes(p) && !s.notPrefix.some((n) => p.startsWith(n))
}

/** pathEmpty: an exact path that is excluded, or a prefix that an excluded prefix covers. */
export function pathEmpty(s: PathSet): boolean {
  if (s.empty) return true
  if (s.exact !== undefined) return !pathHas(s, s.exact)
  return s.notPrefix.some((n) => s.prefix.startsWith(n))
}

/** pathMeet: the paths of `s` that `u` matches. */
export function pathMeet(s: PathSet, u: UrlSpec): PathSet {
  if (u.kind === 'all') return s
  if (u.kind === 'exact') return pathHas(s, u.path) ? { ...s, exact: u.path } : { ...s, empty: true }
  if (s.exact !== undefined) return s.exact.startsWith(u.prefix) ? s : { ...s, empty: true }
  if (s.prefix.startsWith(u.prefix)) return s
  if (u.prefix.startsWith(s.prefix)) return { ...s, prefix: u.prefix }
  return { ...s, empty: true }
}

/** pathMinus: the paths of `s` that `u` does not match. */
export function pathMinus(s: PathSet, u: UrlSpec): PathSet {
  if (u.kind === 'all') return { ...s, empty: true }
  if (u.kind === 'exact') return { ...s, notExact: [...s.notExact, u.path] }
  return { ...s, notPrefix: [...s.notPrefix, u.prefix] }
}

/** pathWithin: every path of a non-empty `s` matches `u` (a prefix set is infinite: only a shorter prefix covers it). */
export function pathWithin(s: PathSet, u: UrlSpec): boolean {
  if (u.kind === 'all') return true
  if (s.exact !== undefined) return u.kind === 'exact' ? s.exact === u.path : s.exact.startsWith(u.prefix)
  return u.kind === 'prefix' && s.prefix.startsWith(u.prefix)
}

const FRESH_PATHS = ['/healthz', '/version', '/metrics', '/livez', '/readyz', '/openapi/v2', '/']
const FRESH_CHARS = 'xyzabcdefghijklmnopqrstuvw0123456789'

/** pathWitness: a path in a non-empty set, preferring ones a cluster serves. */
export function pathWitness(s: PathSet): string {
  if (s.exact !== undefined) return s.exact
  const q = s.prefix
  const tries = [...(q === '' ? FRESH_PATHS : []), q, q.endsWith('/') ? `${q}x` : `${q}/x`]
  for (const c of FRESH_CHARS) tries.push(`${q}${c}`, `${q}/${c}`)
  const found = tries.find((p) => pathHas(s, p))
  if (found !== undefined) return found
  // Finitely many exclusions: a path longer than every excluded one, off every excluded prefix, is free.
  const long = Math.max(0, ...s.notExact.map((p) => p.length), ...s.notPrefix.map((p) => p.length)) + 1
  for (let code = 0x4e00; ; code++) {
    const p = q + String.fromCharCode(code).repeat(long)
    if (pathHas(s, p)) return p
  }
}
