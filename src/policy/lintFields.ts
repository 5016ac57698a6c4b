// Field-level surprises: `*` that is not a wildcard, `pods` without its subresources, `pods/*` with `pods`,
// a group with a version, and a non-resource URL with `*` in the middle.
import { selectorsContain } from './containment.ts'
import { finding, lazyFix, withRules, type LintContext, type LintFinding } from './lintFinding.ts'
import { msg } from './lintMessages.ts'
import { ruleScope, selectorsOf } from './selectors.ts'
import { knownSubresources } from './subresources.ts'
import type { GroupResources, PolicyRule } from './types.ts'

type StarField = 'users' | 'userGroups' | 'verbs' | 'namespaces'
const STAR_FIELDS: readonly StarField[] = ['users', 'userGroups', 'verbs', 'namespaces']
const SERVICE_ACCOUNT_STAR = /^system:serviceaccount:([^:*]+):\*$/

/** replaceRule returns the policy with rule j replaced. */
function replaceRule(ctx: LintContext, j: number, rule: PolicyRule) {
  return withRules(
    ctx.policy,
    ctx.rules.map((r, k) => (k === j ? rule : r)),
  )
}

/** replaceEntry returns the policy with resources entry e of rule j replaced. */
function replaceEntry(ctx: LintContext, j: number, e: number, entry: GroupResources) {
  const rule = ctx.rules[j]!
  return replaceRule(ctx, j, { ...rule, resources: rule.resources!.map((g, k) => (k === e ? entry : g)) })
}

/** without returns a copy of `o` with `key` left out. */
function without<T extends object, K extends keyof T>(o: T, key: K): T {
  const copy = { ...o }
  delete copy[key]
  return copy
}

/** literalStars: `*` is literal in users, userGroups, verbs, namespaces and resourceNames. */
function literalStars(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const out: LintFinding[] = []
  const report = (field: string, at: string, value: string, fixed: PolicyRule | undefined) => {
    const sa = field === 'users' ? SERVICE_ACCOUNT_STAR.exec(value)?.[1] : undefined
    out.push(
      finding({
        id: 'literal-star',
        severity: 'info',
        source: 'kube-apiserver',
        at,
        say: msg.literalStar(field, value, fixed !== undefined, sa),
        fix: fixed && lazyFix(msg.fixLiteralStar(field), () => replaceRule(ctx, j, fixed)),
      }),
    )
  }
  for (const field of STAR_FIELDS) {
    rule[field]?.forEach((value, k) => {
      if (!value.includes('*')) return
      const removed = value === '*' ? without(rule, field) : undefined
      // Without namespaces, a rule with no resources would match non-resource requests too: no fix then.
      const fixed = removed && ruleScope(removed) === ruleScope(rule) ? removed : undefined
      report(field, `rules[${j}].${field}[${k}]`, value, fixed)
    })
  }
  rule.resources?.forEach((gr, e) => {
    gr.resourceNames?.forEach((value, k) => {
      if (!value.includes('*')) return
      const entries = rule.resources!.map((g, x) => (x === e ? without(g, 'resourceNames') : g))
      const fixed = value === '*' ? { ...rule, resources: entries } : undefined
      report('resourceNames', `rules[${j}].resources[${e}].resourceNames[${k}]`, value, fixed)
    })
  })
  return out
}

/** entriesFor: the rule's resources entries that select `group` (their own group, or `*`). */
function entriesFor(rule: PolicyRule, group: string): GroupResources[] {
  return (rule.resources ?? []).filter((g) => g.group === group || g.group === '*')
}

/** onlyCollectionVerbs: list, watch and deletecollection never address a subresource. */
function onlyCollectionVerbs(rule: PolicyRule): boolean {
  const verbs = rule.verbs ?? []
  return verbs.length > 0 && verbs.every((v) => v === 'list' || v === 'watch' || v === 'deletecollection')
}

/** subresourcesNotCovered: a built-in resource with subresources (subresources.ts) listed without any of them. */
function subresourcesNotCovered(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const out: LintFinding[] = []
  rule.resources?.forEach((gr, e) => {
    gr.resources?.forEach((res, k) => {
      const known = knownSubresources(res, ctx.version)
      if (!known || (gr.group !== known.group && gr.group !== '*') || onlyCollectionVerbs(rule)) return
      const listed = entriesFor(rule, known.group).flatMap((g) => (g.resources?.length ? g.resources : ['*']))
      if (listed.some((r) => r === '*' || r.startsWith('*/') || r.startsWith(`${res}/`))) return
      const entry = { ...gr, resources: gr.resources!.map((r, x) => (x === k ? `${res}/*` : r)) }
      out.push(
        finding({
          id: 'subresources-not-covered',
          severity: 'info',
          source: 'kube-apiserver',
          at: `rules[${j}].resources[${e}].resources[${k}]`,
          say: msg.subresourcesNotCovered(res, known.subresources),
          fix: lazyFix(msg.fixSubresources(res), () => replaceEntry(ctx, j, e, entry)),
        }),
      )
    })
  })
  return out
}

/**
 * wildcardCoversParent: `pods/*` also matches `pods`; said when the rule does not list `pods` itself and no
 * earlier rule already takes every `pods` request this rule would get.
 */
function wildcardCoversParent(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const out: LintFinding[] = []
  rule.resources?.forEach((gr, e) => {
    gr.resources?.forEach((res, k) => {
      if (!res.endsWith('/*')) return
      const parent = res.slice(0, -2)
      if (parent === '' || parent.includes('*') || parent.includes('/')) return
      if (entriesFor(rule, gr.group).some((g) => g.resources?.includes(parent))) return
      const probe = selectorsOf({ ...rule, resources: [{ ...gr, resources: [parent] }] })
      if (ctx.earlierRules(j).some((r) => selectorsContain(ctx.sel(r), probe))) return
      out.push(
        finding({
          id: 'subresource-wildcard-covers-parent',
          severity: 'info',
          source: 'kube-apiserver',
          at: `rules[${j}].resources[${e}].resources[${k}]`,
          say: msg.wildcardCoversParent(parent),
        }),
      )
    })
  })
  return out
}

const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/

/** groupWithoutVersion: "apps/v1" → "apps", "v1" → "" (core); undefined when the group has no version. */
export function groupWithoutVersion(group: string): string | undefined {
  const slash = group.lastIndexOf('/')
  if (slash < 0) return VERSION.test(group) ? '' : undefined
  return VERSION.test(group.slice(slash + 1)) && !group.slice(0, slash).includes('/')
    ? group.slice(0, slash)
    : undefined
}

/** groupsWithVersion: a resources group written with its API version. */
function groupsWithVersion(ctx: LintContext, j: number): LintFinding[] {
  const out: LintFinding[] = []
  ctx.rules[j]!.resources?.forEach((gr, e) => {
    const fixed = groupWithoutVersion(gr.group)
    if (fixed === undefined) return
    out.push(
      finding({
        id: 'group-with-version',
        severity: 'warning',
        source: 'kube-apiserver',
        at: `rules[${j}].resources[${e}].group`,
        say: msg.groupWithVersion(gr.group, fixed),
        fix: lazyFix(msg.fixGroup(fixed), () => replaceEntry(ctx, j, e, { ...gr, group: fixed })),
      }),
    )
  })
  return out
}

/** urlStars: a non-resource URL with `*` before its last character. */
function urlStars(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const out: LintFinding[] = []
  rule.nonResourceURLs?.forEach((url, k) => {
    if (url === '*' || !url.slice(0, -1).includes('*')) return
    const fixedUrl = `${url.slice(0, url.indexOf('*'))}*`
    const urls = rule.nonResourceURLs!.map((u, x) => (x === k ? fixedUrl : u))
    out.push(
      finding({
        id: 'url-star-not-last',
        severity: 'warning',
        source: 'kube-apiserver',
        at: `rules[${j}].nonResourceURLs[${k}]`,
        say: msg.urlStar(url, fixedUrl),
        fix: lazyFix(msg.fixUrlStar(fixedUrl), () => replaceRule(ctx, j, { ...rule, nonResourceURLs: urls })),
      }),
    )
  })
  return out
}

/** lintFields runs the field checks on every rule; the subresource hints only where the rule can match. */
export function lintFields(ctx: LintContext): LintFinding[] {
  return ctx.rules.flatMap((_, j) => [
    ...literalStars(ctx, j),
    ...groupsWithVersion(ctx, j),
    ...urlStars(ctx, j),
    ...(ctx.deadRules.has(j) ? [] : [...subresourcesNotCovered(ctx, j), ...wildcardCoversParent(ctx, j)]),
  ])
}
