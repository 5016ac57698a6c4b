// Measuring a behaviour change on a log with the analyzer's public API, which counts requests per rule of a
// policy: for each change, a "classifier" policy whose rule `main` is reached by exactly the change's
// requests. The change's except rules and "catch" rules (one per excluded value list) come first; `main`
// restricts what the class restricts to a list. Run once with the old outcome and once with the new one,
// the analyzer gives the events and bytes the change adds or removes. Where a class has no such form (two
// "one of" group lists, unauthenticated requests of named users, ...) there is no classifier: not measured.
import type { RequestClass } from './diffDescribe.ts'
import type { BehaviourChange, DiffOptions, Outcome } from './diff.ts'
import { policyRun } from './simulate.ts'
import type { GroupResources, Policy, PolicyRule } from './types.ts'

/** Every real user has one of these groups (kube-apiserver adds them), so a rule with them needs a user. */
const ANY_USER_GROUPS = ['system:authenticated', 'system:unauthenticated']

interface Shape {
  catchers: PolicyRule[]
  main: Omit<PolicyRule, 'level'>
}

const catcher = (fields: Omit<PolicyRule, 'level'>): PolicyRule => ({ level: 'None', ...fields })

/** literal: a value that a resources entry would read as a wildcard (a resource or group named `*`). */
const hasStar = (v: { only: string[] } | { except: string[] } | { any: true }) =>
  ('only' in v ? v.only : 'except' in v ? v.except : []).some((x) => x === '*' || x.includes('/'))

function resourcePart(c: RequestClass, shape: Shape): boolean {
  const { main, catchers } = shape
  if (hasStar(c.apiGroups) || hasStar(c.resources) || hasStar(c.subresources)) return false
  if ('only' in c.namespaces) main.namespaces = c.namespaces.only
  else if ('except' in c.namespaces) catchers.push(catcher({ namespaces: c.namespaces.except }))
  if ('except' in c.apiGroups)
    catchers.push(catcher({ resources: c.apiGroups.except.map((group) => ({ group })) }))
  if ('except' in c.resources)
    catchers.push(
      catcher({ resources: [{ group: '*', resources: c.resources.except.map((r) => `${r}/*`) }] }),
    )
  if ('except' in c.names)
    catchers.push(catcher({ resources: [{ group: '*', resources: ['*'], resourceNames: c.names.except }] }))
  const subs = c.subresources
  if ('except' in subs) {
    if (subs.except.includes('')) {
      if (!('only' in c.resources)) return false
      catchers.push(catcher({ resources: [{ group: '*', resources: c.resources.only }] }))
    }
    const named = subs.except.filter((s) => s !== '')
    if (named.length > 0)
      catchers.push(catcher({ resources: [{ group: '*', resources: named.map((s) => `*/${s}`) }] }))
  }
  const resources = 'only' in c.resources ? c.resources.only : ['*']
  const strings =
    'only' in subs
      ? resources.flatMap((r) => subs.only.map((s) => (s === '' ? r : `${r}/${s}`)))
      : resources.map((r) => (r === '*' ? '*' : `${r}/*`))
  const groups = 'only' in c.apiGroups ? c.apiGroups.only : ['*']
  const entries: GroupResources[] = groups.map((group) => {
    const e: GroupResources = { group, resources: strings }
    if ('only' in c.names) e.resourceNames = c.names.only
    return e
  })
  main.resources = entries
  return true
}

/** classShape: catch rules and a main rule that together select exactly the class; null when none do. */
export function classShape(c: RequestClass): Shape | null {
  const shape: Shape = { catchers: [], main: {} }
  const { main, catchers } = shape
  if ('only' in c.users) {
    if (c.unauthenticated || c.users.only.length === 0) return null
    main.users = c.users.only
  } else if ('except' in c.users) catchers.push(catcher({ users: c.users.except }))
  if (c.groups.anyOf.length > 1) return null
  if (c.groups.anyOf.length === 1) {
    if (c.unauthenticated) return null
    main.userGroups = c.groups.anyOf[0]
  } else if (!c.unauthenticated && !main.users) main.userGroups = ANY_USER_GROUPS
  if (c.groups.noneOf.length > 0) catchers.push(catcher({ userGroups: c.groups.noneOf }))
  if ('only' in c.verbs) main.verbs = c.verbs.only
  else if ('except' in c.verbs) catchers.push(catcher({ verbs: c.verbs.except }))
  const resource = c.kinds.includes('resource')
  const nonResource = c.kinds.includes('nonResource')
  if (resource && !nonResource && !resourcePart(c, shape)) return null
  if (nonResource && !resource) {
    const p = c.path
    if ([p.exact ?? '', ...p.exceptPaths].some((x) => x.endsWith('*'))) return null
    main.nonResourceURLs = [p.exact !== undefined ? p.exact : p.prefix ? `${p.prefix}*` : '*']
    if (p.exceptPaths.length > 0) catchers.push(catcher({ nonResourceURLs: p.exceptPaths }))
    if (p.exceptPrefixes.length > 0)
      catchers.push(catcher({ nonResourceURLs: p.exceptPrefixes.map((x) => `${x}*`) }))
  }
  return shape
}

/** Classifier: the two policies to run over a log, and the index of the rule that counts the change. */
export interface Classifier {
  before: Policy
  after: Policy
  main: number
}

function mainRule(shape: Shape, o: Outcome): PolicyRule {
  const r: PolicyRule = { ...shape.main, level: o.level }
  if (o.omitStages.length > 0) r.omitStages = o.omitStages
  r.omitManagedFields = o.omitManagedFields
  return r
}

/** classifiers: one per behaviour change (null where its class has no rule form). */
export function classifiers(
  oldPolicy: Policy,
  newPolicy: Policy,
  changes: readonly BehaviourChange[],
  options: DiffOptions = {},
): Array<Classifier | null> {
  const runs = [oldPolicy, newPolicy].map((p) =>
    policyRun(p, { target: options.target ?? 'kube-apiserver', ...options }),
  )
  const ruleOf = (side: 0 | 1, ref: BehaviourChange['except'][number]['rule']) => {
    const run = runs[side]!
    const i = run.origins.findIndex((o) =>
      o.kind === 'user'
        ? ref.kind === 'user' && ref.index === o.index
        : ref.kind === 'builtin' && ref.number === o.builtin.number,
    )
    return run.policy.rules[i]!
  }
  return changes.map((c) => {
    const shape = classShape(c.requests)
    if (shape === null) return null
    const earlier = c.except.map((e) => ruleOf(e.side === 'before' ? 0 : 1, e.rule))
    const head = [...earlier, ...shape.catchers]
    return {
      before: { rules: [...head, mainRule(shape, c.before)] },
      after: { rules: [...head, mainRule(shape, c.after)] },
      main: head.length,
    }
  })
}
