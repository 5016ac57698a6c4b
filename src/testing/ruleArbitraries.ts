// fast-check arbitraries for reasoning about rules: small value pools (so that rules and requests collide
// often), every wildcard form, and requests drawn near a given rule. Requests follow kube-apiserver's shape:
// resource and subresource are single path segments (never containing "/").
import fc from 'fast-check'
import type { GroupResources, PolicyRule, RequestAttributes } from '../policy/types.ts'

export const USERS = ['alice', 'bob', '*', 'system:serviceaccount:ns:sa']
export const GROUPS = ['team', 'system:serviceaccounts', 'system:authenticated', '*']
export const VERBS = ['get', 'list', 'watch', 'create', 'update', '*', 'post']
export const NAMESPACES = ['', 'default', 'kube-system', '*']
export const API_GROUPS = ['', 'apps', 'x.io', '*']
export const RESOURCES = ['pods', 'secrets', '*', '']
export const SUBRESOURCES = ['', 'log', 'status', '*']
export const NAMES = ['', 'n1', 'n2', '*']
export const URL_SPECS = [
  '*',
  '**',
  '/api',
  '/api*',
  '/api/*',
  '/apis*',
  '/healthz',
  '/healthz*',
  '/a*b',
  '',
  'x*',
  '/',
]
export const PATHS = [
  '/api',
  '/api/v1',
  '/apis',
  '/apis/x',
  '/healthz',
  '/healthzx',
  '/a*b',
  '/ab',
  '',
  'x',
  '/',
  '/api*',
]
export const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse']

const list = (values: readonly string[]) =>
  fc.option(fc.subarray([...values], { minLength: 0, maxLength: 3 }), { nil: undefined, freq: 2 })

/** resourcePattern: a `resources` entry in every form: `r`, `r/s`, `r/*`, star/s, star/star, `*`, `r/`, `a/b/c`. */
export const resourcePattern: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RESOURCES),
  fc.tuple(fc.constantFrom(...RESOURCES), fc.constantFrom(...SUBRESOURCES)).map(([r, s]) => `${r}/${s}`),
  fc.constantFrom('pods/', 'a/b/c', 'pods/log/x'),
)

export const groupResources: fc.Arbitrary<GroupResources> = fc.record(
  {
    group: fc.constantFrom(...API_GROUPS),
    resources: fc.option(fc.array(resourcePattern, { maxLength: 3 }), { nil: undefined }),
    resourceNames: list(NAMES),
  },
  { requiredKeys: ['group'] },
)

/** aRuleArb: any rule over the pools (lists may be empty, which means the same as absent). */
export const aRuleArb: fc.Arbitrary<PolicyRule> = fc.record(
  {
    level: fc.constantFrom(...LEVELS),
    users: list(USERS),
    userGroups: list(GROUPS),
    verbs: list(VERBS),
    resources: fc.option(fc.array(groupResources, { maxLength: 2 }), { nil: undefined, freq: 2 }),
    namespaces: list(NAMESPACES),
    nonResourceURLs: list(URL_SPECS),
    omitStages: fc.option(fc.subarray(['RequestReceived', 'ResponseStarted']), { nil: undefined }),
  },
  { requiredKeys: ['level'] },
)

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)
const nonEmpty = <T>(l: readonly T[] | undefined): l is readonly T[] => l !== undefined && l.length > 0

/** narrowerRule: a rule derived from `outer` by keeping, shrinking or adding selectors (often contained). */
export function narrowerRule(outer: PolicyRule): fc.Arbitrary<PolicyRule> {
  const field = (values: readonly string[] | undefined, pool: readonly string[]) =>
    fc.oneof(
      fc.constant(values),
      nonEmpty(values)
        ? fc.subarray([...values], { minLength: 1 })
        : fc.subarray([...pool], { minLength: 1 }),
    )
  return fc
    .record({
      level: pick(LEVELS),
      users: field(outer.users, USERS),
      userGroups: field(outer.userGroups, GROUPS),
      verbs: field(outer.verbs, VERBS),
      namespaces: nonEmpty(outer.nonResourceURLs)
        ? fc.constant(outer.namespaces)
        : field(outer.namespaces, NAMESPACES),
      resources: fc.oneof(
        fc.constant(outer.resources),
        fc.array(groupResources, { minLength: 1, maxLength: 2 }),
        nonEmpty(outer.resources)
          ? fc.subarray([...outer.resources], { minLength: 1 })
          : fc.constant(outer.resources),
        // The same entries with other (or no) names: near misses for resourceNames.
        fc
          .option(fc.subarray(NAMES, { minLength: 1, maxLength: 2 }), { nil: undefined })
          .map((names) => outer.resources?.map((g) => ({ ...g, resourceNames: names }))),
      ),
      nonResourceURLs: field(outer.nonResourceURLs, URL_SPECS),
    })
    .map(
      (r) =>
        Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as PolicyRule,
    )
}

/** segmentsOf: the path segments a rule's resource strings mention (for requests that can match it). */
function segmentsOf(rule: PolicyRule): { resources: string[]; subresources: string[]; groups: string[] } {
  const resources: string[] = []
  const subresources: string[] = []
  const groups: string[] = []
  for (const gr of rule.resources ?? []) {
    groups.push(gr.group)
    for (const res of gr.resources ?? []) {
      const [r = '', s = ''] = res.split('/')
      resources.push(r)
      subresources.push(s)
    }
  }
  return { resources, subresources, groups }
}

/** requestNear: requests whose attributes come from the pools and from `rules`, so that they often match. */
export function requestNear(...rules: PolicyRule[]): fc.Arbitrary<RequestAttributes> {
  const seg = rules.map(segmentsOf)
  const from = (pool: readonly string[], extra: string[]) =>
    pick([...new Set([...pool, ...extra.filter((v) => !v.includes('/'))])])
  const urls = rules.flatMap((r) => r.nonResourceURLs ?? [])
  const paths = [...PATHS, ...urls, ...urls.map((u) => `${u.replace(/\*+$/, '')}x`)]
  return fc.record({
    user: fc.option(
      from(
        USERS,
        rules.flatMap((r) => r.users ?? []),
      ),
      { nil: null, freq: 6 },
    ),
    groups: fc.subarray([...new Set([...GROUPS, ...rules.flatMap((r) => r.userGroups ?? [])])], {
      maxLength: 3,
    }),
    verb: from(
      VERBS,
      rules.flatMap((r) => r.verbs ?? []),
    ),
    resourceRequest: fc.boolean(),
    apiGroup: from(
      API_GROUPS,
      seg.flatMap((s) => s.groups),
    ),
    resource: from(
      RESOURCES,
      seg.flatMap((s) => s.resources),
    ),
    subresource: from(
      SUBRESOURCES,
      seg.flatMap((s) => s.subresources),
    ),
    namespace: from(
      NAMESPACES,
      rules.flatMap((r) => r.namespaces ?? []),
    ),
    name: from(
      NAMES,
      rules.flatMap((r) => (r.resources ?? []).flatMap((g) => g.resourceNames ?? [])),
    ),
    path: pick([...new Set(paths)]),
  })
}

/**
 * requestInside: requests that take each restricted attribute from the rule's own lists (and the rest from
 * the pools), so that they usually match the rule; a simple generator, independent of lint's witness search.
 */
export function requestInside(rule: PolicyRule): fc.Arbitrary<RequestAttributes> {
  const own = (values: readonly string[] | undefined, pool: readonly string[]) =>
    nonEmpty(values) ? pick(values) : pick(pool)
  const entries = rule.resources ?? []
  const entry = entries.length > 0 ? pick(entries) : fc.constant<GroupResources>({ group: '*' })
  const target = entry.chain((gr) =>
    fc.record({
      apiGroup: gr.group === '*' ? pick(API_GROUPS) : fc.constant(gr.group),
      pair: nonEmpty(gr.resources)
        ? pick(gr.resources).chain((res) => {
            const [r = '', s = ''] = res.split('/')
            return fc.tuple(
              r === '*' ? pick(RESOURCES) : fc.constant(r),
              s === '*' ? pick(SUBRESOURCES) : fc.constant(s),
            )
          })
        : fc.tuple(pick(RESOURCES), pick(SUBRESOURCES)),
      name: own(nonEmpty(gr.resources) ? gr.resourceNames : undefined, NAMES),
    }),
  )
  const urls = (rule.nonResourceURLs ?? []).map((u) => u.replace(/\*+$/, ''))
  return fc
    .record({
      user: own(rule.users, USERS),
      extraGroups: fc.subarray(GROUPS, { maxLength: 2 }),
      group: nonEmpty(rule.userGroups) ? pick(rule.userGroups) : fc.constant(undefined),
      verb: own(rule.verbs, VERBS),
      resourceRequest:
        nonEmpty(rule.namespaces) || nonEmpty(rule.resources) ? fc.constant(true) : fc.boolean(),
      target,
      namespace: own(rule.namespaces, NAMESPACES),
      path:
        urls.length > 0 ? fc.tuple(pick(urls), pick(['', 'x', '/v1'])).map(([u, s]) => u + s) : pick(PATHS),
    })
    .map((r) => ({
      user: r.user,
      groups: r.group === undefined ? r.extraGroups : [r.group, ...r.extraGroups],
      verb: r.verb,
      resourceRequest: r.resourceRequest,
      apiGroup: r.target.apiGroup,
      resource: r.target.pair[0],
      subresource: r.target.pair[1],
      namespace: r.namespace,
      name: r.target.name,
      path: r.path,
    }))
}
