// What lint reports, and the context every lint check reads. Checks live in lint-*.ts; lint.ts runs them.
import type { BuiltinRule } from './dkpBuiltin.ts'
import type { BuiltinRules } from './effective.ts'
import type { FixSay, LintSay } from './lintMessages.ts'
import type { Selectors, SelectorsOf } from './selectors.ts'
import type { Diagnostic, Policy, PolicyRule, Severity } from './types.ts'
import type { KubernetesVersion } from './versions.ts'

/**
 * LintOptions: which reader runs the policy; on DKP, whether (and which) built-in rules surround it
 * (basicAuditPolicyEnabled is taken as true when `dkp` is left out, as DKP defaults it).
 */
export interface LintOptions {
  target?: 'kube-apiserver' | 'deckhouse'
  /** The kube-apiserver minor (default: DKP's default on deckhouse, else the newest). */
  kubernetesVersion?: KubernetesVersion
  dkp?: { basicAuditPolicyEnabled: boolean; builtin?: BuiltinRules }
}

/** LintFix: a one-click fix: what it does (a code; i18n words it) and the whole policy with it applied. */
export interface LintFix {
  say: FixSay
  /** The fix in words: the code until i18n/lint.ts words it. */
  description: string
  policy: Policy
}

/**
 * LintFinding is a Diagnostic with a stable id, what it says as a code with parameters (`say`), a fully indexed
 * place and, where obvious, a fixed policy. The core leaves `message` as the code; i18n/lint.ts (wordFindings)
 * makes it the headline (at most 140 characters) and adds the details and the list a reader can expand.
 */
export interface LintFinding extends Diagnostic {
  /** Stable id of the check, e.g. `shadowed-rule`. */
  id: string
  /** What the finding says, as a code with parameters. */
  say: LintSay
  /** Fully indexed path, e.g. `rules[3]` or `rules[3].resources[0].group` (the same as `path`). */
  at: string
  /** The whole policy with the finding fixed, where the fix is obvious. */
  fix?: LintFix
  /** 0-based index of the earlier rule involved, or the DKP built-in rule number. */
  relatedRule?: number
}

/** The built-in rules around the user's rules on DKP with basicAuditPolicyEnabled. */
export interface DkpContext {
  head: readonly BuiltinRule[]
  tail: readonly BuiltinRule[]
  omitStages: readonly string[]
}

/** LintContext is what every check reads: the policy, each rule's selectors, and what runs before it. */
export interface LintContext {
  policy: Policy
  rules: readonly PolicyRule[]
  selectors: readonly Selectors[]
  /** Reads (once) the selectors of any rule, user or built-in. */
  sel: SelectorsOf
  /** Set when the target is DKP and its basic policy is on. */
  dkp: DkpContext | null
  /** Indices of user rules found never to match (their level can never apply). */
  deadRules: ReadonlySet<number>
  /** earlierRules(j): the rules kube-apiserver evaluates before user rule j (DKP head rules first). */
  earlierRules(j: number): PolicyRule[]
  /** The kube-apiserver minor the policy runs on. */
  version: KubernetesVersion
}

/** LINT_IDS: the stable id of every lint check (a finding's `id` is always one of these). */
export const LINT_IDS = [
  'shadowed-rule',
  'dkp-shadowed',
  'dkp-overlap',
  'sensitive-body',
  'request-received-not-omitted',
  'watch-list-request-response',
  'no-catch-all',
  'literal-star',
  'subresources-not-covered',
  'subresource-wildcard-covers-parent',
  'group-with-version',
  'url-star-not-last',
  'never-fires-in-practice',
  'exec-transport',
  'read-volume',
  'version-rollback',
  'hidden-characters',
] as const

/** LintId: one of LINT_IDS. */
export type LintId = (typeof LINT_IDS)[number]

/** FindingFields are the parts of a finding that vary from one finding to another. */
export interface FindingFields {
  id: LintId
  severity: Severity
  source: 'kube-apiserver' | 'deckhouse'
  at: string
  say: LintSay
  fix?: LintFinding['fix']
  relatedRule?: number
}

/** finding builds a LintFinding: kind Invalid, `path` the same as `at`. */
export function finding(f: FindingFields): LintFinding {
  const out: LintFinding = {
    id: f.id,
    severity: f.severity,
    kind: 'Invalid',
    source: f.source,
    path: f.at,
    at: f.at,
    message: f.say.code,
    say: f.say,
  }
  if (f.fix) out.fix = f.fix
  if (f.relatedRule !== undefined) out.relatedRule = f.relatedRule
  return out
}

/** lazyFix: a fix whose policy is built the first time it is read (most fixes are never applied). */
export function lazyFix(say: FixSay, build: () => Policy): LintFix {
  let policy: Policy | undefined
  return {
    say,
    description: say.code,
    get policy() {
      return (policy ??= build())
    },
  }
}

/** LOGGING_LEVELS are the levels that write events. */
export const LOGGING_LEVELS: readonly string[] = ['Metadata', 'Request', 'RequestResponse']

/** withRules returns a copy of the policy with other rules. */
export function withRules(policy: Policy, rules: PolicyRule[]): Policy {
  return { ...policy, rules }
}

/** withoutRule: the policy with rule j removed (every fix that removes a rule that never decides a request). */
export function withoutRule(ctx: LintContext, j: number): Policy {
  return withRules(
    ctx.policy,
    ctx.rules.filter((_, k) => k !== j),
  )
}
