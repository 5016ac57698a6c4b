// What a policy writes: secret contents, doubled events, large list/watch events, and requests nobody logs.
// Each claim is backed by a witness request that really reaches the rule (witness.ts).
import { ruleContains } from './containment.ts'
import { mayShareRequests } from './disjoint.ts'
import {
  finding,
  lazyFix,
  LOGGING_LEVELS,
  withRules,
  type LintContext,
  type LintFinding,
} from './lintFinding.ts'
import { msg, type FixSay } from './lintMessages.ts'
import type { PolicyRule } from './types.ts'
import { findWitness } from './witness.ts'

/** A resource whose bodies hold secrets; `requestVerbs` carry them in the request, `responseVerbs` in the response. */
interface SensitiveResource {
  group: string
  resource: string
  requestVerbs: string[]
  responseVerbs: string[]
}

const READ_WRITE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection']

/** SENSITIVE_RESOURCES: whose contents must not land in the log (a TokenRequest's secret is in its response). */
export const SENSITIVE_RESOURCES: readonly SensitiveResource[] = [
  { group: '', resource: 'secrets', requestVerbs: ['create', 'update', 'patch'], responseVerbs: READ_WRITE },
  {
    group: '',
    resource: 'configmaps',
    requestVerbs: ['create', 'update', 'patch'],
    responseVerbs: READ_WRITE,
  },
  {
    group: 'authentication.k8s.io',
    resource: 'tokenreviews',
    requestVerbs: ['create'],
    responseVerbs: ['create'],
  },
  { group: '', resource: 'serviceaccounts/token', requestVerbs: [], responseVerbs: ['create'] },
]

/** narrowed: a copy of rule j's selectors with other resources or verbs, logged at Metadata. */
function narrowed(rule: PolicyRule, change: Partial<PolicyRule>): PolicyRule {
  const copy: PolicyRule = { ...rule, level: 'Metadata', ...change }
  delete copy.note
  return copy
}

/**
 * insertAbove returns the policy with `rule` inserted right above rule j, if it only takes requests from j and
 * leaves j some of its own: a rule that took all of j's requests would leave j never matching, whose fix (move
 * it up) undoes this one. Then j itself takes `rule`'s level instead (see lowerLevel).
 */
function insertAbove(ctx: LintContext, j: number, rule: PolicyRule, say: FixSay, lowered: FixSay) {
  if (!ruleContains(ctx.rules[j]!, rule)) return undefined
  if (ruleContains(rule, ctx.rules[j]!)) return lowerLevel(ctx, j, rule.level, lowered)
  return lazyFix(say, () => withRules(ctx.policy, [...ctx.rules.slice(0, j), rule, ...ctx.rules.slice(j)]))
}

/** lowerLevel returns the policy with rule j at `level`, its selectors (and so every other finding) unchanged. */
function lowerLevel(ctx: LintContext, j: number, level: string, say: FixSay) {
  return lazyFix(say, () =>
    withRules(
      ctx.policy,
      ctx.rules.map((r, i) => (i === j ? { ...r, level } : r)),
    ),
  )
}

/** sensitiveBody: Request and RequestResponse rules that a request on a sensitive resource reaches. */
function sensitiveBody(ctx: LintContext, j: number, earlier: readonly PolicyRule[]): LintFinding[] {
  const rule = ctx.rules[j]!
  if (rule.level !== 'Request' && rule.level !== 'RequestResponse') return []
  const hit = SENSITIVE_RESOURCES.filter((s) => {
    const verbs = rule.level === 'Request' ? s.requestVerbs : s.responseVerbs
    if (verbs.length === 0) return false
    const probe: PolicyRule = {
      level: 'None',
      verbs,
      resources: [{ group: s.group, resources: [s.resource] }],
    }
    return findWitness([rule, probe], earlier, ctx.sel) !== null
  })
  if (hit.length === 0) return []
  const names = hit.map((s) => s.resource)
  // The fix lowers the rule's level: its selectors stay, so no other finding comes or goes with it, and the
  // Secret bodies are out of the log. (A rule added above it could leave it never matching, whose fix would
  // move it back up: the warning would return.)
  const fix = lowerLevel(ctx, j, 'Metadata', msg.fixSensitiveLower(j))
  return [
    finding({
      id: 'sensitive-body',
      severity: 'warning',
      source: 'kube-apiserver',
      at: `rules[${j}].level`,
      say: msg.sensitive(j, rule.level, names),
      fix,
    }),
  ]
}

/** omitsRequestReceived: the rule's own, the policy's, or (on DKP) the built-in omitStages hold it. */
function omitsRequestReceived(ctx: LintContext, rule: PolicyRule): boolean {
  const stages = [
    ...(rule.omitStages ?? []),
    ...(ctx.policy.omitStages ?? []),
    ...(ctx.dkp?.omitStages ?? []),
  ]
  return stages.includes('RequestReceived')
}

/** requestReceived: a rule that logs and keeps the RequestReceived stage writes two events per request. */
function requestReceived(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  if (!LOGGING_LEVELS.includes(rule.level) || omitsRequestReceived(ctx, rule)) return []
  const omitStages = [...(ctx.policy.omitStages ?? []), 'RequestReceived']
  return [
    finding({
      id: 'request-received-not-omitted',
      severity: 'info',
      source: 'kube-apiserver',
      at: `rules[${j}].omitStages`,
      say: msg.requestReceived(j, rule.level),
      fix: lazyFix(msg.fixRequestReceived(), () => ({ ...ctx.policy, omitStages })),
    }),
  ]
}

/** watchList: a RequestResponse rule that list or watch requests reach. */
function watchList(ctx: LintContext, j: number, earlier: readonly PolicyRule[]): LintFinding[] {
  const rule = ctx.rules[j]!
  if (rule.level !== 'RequestResponse') return []
  const verbs = ['list', 'watch'].filter(
    (v) => findWitness([rule, { level: 'None', verbs: [v] }], earlier, ctx.sel) !== null,
  )
  if (verbs.length === 0) return []
  const fix = insertAbove(
    ctx,
    j,
    narrowed(rule, { verbs }),
    msg.fixWatchList(j, verbs),
    msg.fixWatchListLower(j),
  )
  return [
    finding({
      id: 'watch-list-request-response',
      severity: 'info',
      source: 'kube-apiserver',
      at: `rules[${j}].level`,
      say: msg.watchList(j, verbs),
      fix,
    }),
  ]
}

/** lintRuleLogging runs the per-rule logging checks on every rule that can match. */
export function lintRuleLogging(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = []
  ctx.rules.forEach((rule, j) => {
    if (ctx.deadRules.has(j)) return
    out.push(...requestReceived(ctx, j))
    if (rule.level !== 'Request' && rule.level !== 'RequestResponse') return
    // Only earlier rules that can share a request with this one can keep a request from reaching it.
    const own = ctx.selectors[j]!
    const earlier = ctx.earlierRules(j).filter((r) => mayShareRequests(ctx.sel(r), own))
    out.push(...sensitiveBody(ctx, j, earlier), ...watchList(ctx, j, earlier))
  })
  return out
}

/**
 * lintCatchAll reports, when some plausible request matches no rule (none of the user's, nor on DKP a
 * built-in head rule), that such requests are not logged; on DKP, built-in rule 27 drops them.
 */
export function lintCatchAll(ctx: LintContext): LintFinding[] {
  if (ctx.rules.length === 0) return []
  const earlier = ctx.earlierRules(ctx.rules.length)
  const witness = findWitness([{ level: 'None' }], earlier, ctx.sel)
  if (witness === null) return []
  const fix = lazyFix(msg.fixCatchAll(), () => withRules(ctx.policy, [...ctx.rules, { level: 'Metadata' }]))
  const drop = ctx.dkp?.tail.find((b) => b.rule.level === 'None')
  if (ctx.dkp && drop) {
    return [
      finding({
        id: 'no-catch-all',
        severity: 'info',
        source: 'deckhouse',
        at: 'rules',
        say: msg.noCatchAllDkp(witness, drop),
        fix,
        relatedRule: drop.number,
      }),
    ]
  }
  return [
    finding({
      id: 'no-catch-all',
      severity: 'info',
      source: 'kube-apiserver',
      at: 'rules',
      say: msg.noCatchAll(witness),
      fix,
    }),
  ]
}
