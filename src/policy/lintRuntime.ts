// What happens at run time in a real cluster: modern clients (kubectl 1.30+ streams exec, attach and port-forward
// over WebSockets, a GET audited as `get`), the volume of logging every read, and a policy that loads on the
// chosen Kubernetes version but not on the one below it (a rollback).
import {
  finding,
  lazyFix,
  LOGGING_LEVELS,
  withRules,
  type LintContext,
  type LintFinding,
} from './lintFinding.ts'
import { msg } from './lintMessages.ts'
import type { PolicyRule } from './types.ts'
import { validatePolicy } from './validate.ts'
import { previousVersion } from './versions.ts'

/** STREAMING_SUBRESOURCES: pod subresources that kubectl opens over WebSockets (GET) or SPDY (POST). */
export const STREAMING_SUBRESOURCES = ['exec', 'attach', 'portforward'] as const

/** streamingNamed: the streaming subresources a rule names explicitly (core or any group, `pods/x`). */
function streamingNamed(rule: PolicyRule): string[] {
  const out = new Set<string>()
  for (const gr of rule.resources ?? []) {
    if (gr.group !== '' && gr.group !== '*') continue
    for (const r of gr.resources ?? []) {
      const m = /^pods\/(exec|attach|portforward)$/.exec(r)
      if (m) out.add(`pods/${m[1]}`)
    }
  }
  return [...out]
}

/** onlyStreaming: every resources entry of the rule is a streaming pods subresource (a verb fix changes nothing else). */
function onlyStreaming(rule: PolicyRule): boolean {
  return (rule.resources ?? []).every(
    (gr) =>
      (gr.group === '' || gr.group === '*') &&
      (gr.resources ?? []).length > 0 &&
      gr.resources!.every((r) => /^pods\/(exec|attach|portforward)$/.test(r)),
  )
}

/** execTransport: `create` without `get` misses WebSocket clients; `get` without `create` misses SPDY ones. */
function execTransport(ctx: LintContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const verbs = rule.verbs ?? []
  if (verbs.length === 0) return []
  const named = streamingNamed(rule)
  if (named.length === 0) return []
  const hasCreate = verbs.includes('create')
  const hasGet = verbs.includes('get')
  if (hasCreate === hasGet) return []
  const missing = hasCreate ? 'get' : 'create'
  const fix = onlyStreaming(rule)
    ? lazyFix(msg.fixAddVerb(j, missing), () =>
        withRules(
          ctx.policy,
          ctx.rules.map((r, k) => (k === j ? { ...r, verbs: [...verbs, missing] } : r)),
        ),
      )
    : undefined
  return [
    finding({
      id: 'exec-transport',
      severity: 'warning',
      source: 'kube-apiserver',
      at: `rules[${j}].verbs`,
      say: hasCreate ? msg.execCreateOnly(j, named) : msg.execGetOnly(j, named),
      fix,
    }),
  ]
}

const READS = ['get', 'list', 'watch']

/**
 * readVolume: a logging rule for every read and watch of every authenticated user, on every resource, with no
 * rule of the user's above it that drops anything (a final "everything else" after the noise is dropped is fine).
 */
function readVolume(ctx: LintContext, j: number, skip: ReadonlySet<number>): LintFinding[] {
  const rule = ctx.rules[j]!
  const s = ctx.selectors[j]!
  if (!LOGGING_LEVELS.includes(rule.level)) return []
  // A None rule that never matches (or never fires for a real identity) drops nothing: it does not count,
  // or removing it (the fix of its own finding) would bring this warning though nothing logged changed.
  const drops = (r: PolicyRule, i: number) => r.level === 'None' && !ctx.deadRules.has(i) && !skip.has(i)
  if (ctx.rules.slice(0, j).some(drops)) return []
  // Written for all authenticated users (the DKP docs' first example); a bare final catch-all is left alone.
  if (s.users !== undefined || !s.userGroups?.has('system:authenticated')) return []
  if (s.verbs !== undefined && !READS.every((v) => s.verbs!.has(v))) return []
  if (s.scope === 'nonResource' || s.namespaces !== undefined) return []
  const everyResource = (a: { group: string; pattern: { kind: string }; names?: unknown }) =>
    a.group === '*' && a.pattern.kind === 'all' && a.names === undefined
  if (s.atoms !== undefined && !s.atoms.some(everyResource)) return []
  return [
    finding({
      id: 'read-volume',
      severity: 'warning',
      source: 'kube-apiserver',
      at: `rules[${j}]`,
      say: msg.readVolume(j, rule.level),
    }),
  ]
}

/** versionRollback: errors the minor below the chosen one reports and the chosen one does not. */
function versionRollback(ctx: LintContext): LintFinding[] {
  const below = previousVersion(ctx.version)
  // The only version-dependent check is group "*" (versions.ts); skip the two validations without one.
  if (below === null || !ctx.rules.some((r) => r.resources?.some((g) => g.group === '*'))) return []
  const now = new Set(
    validatePolicy(ctx.policy, { kubernetesVersion: ctx.version, everyField: true }).map((d) => d.at),
  )
  return validatePolicy(ctx.policy, { kubernetesVersion: below, everyField: true })
    .filter((d) => !now.has(d.at))
    .map((d) =>
      finding({
        id: 'version-rollback',
        severity: 'warning',
        source: 'kube-apiserver',
        at: d.at ?? d.path,
        say: msg.versionRollback(ctx.version, below, d.message, d.hint, ctx.dkp !== null),
      }),
    )
}

/** lintRuntime: exec/attach/port-forward transports, read volume (per rule, live rules only), and rollback. */
export function lintRuntime(ctx: LintContext, skip: ReadonlySet<number>): LintFinding[] {
  const out: LintFinding[] = []
  ctx.rules.forEach((_, j) => {
    if (ctx.deadRules.has(j) || skip.has(j)) return
    out.push(...execTransport(ctx, j), ...readVolume(ctx, j, skip))
  })
  return [...out, ...versionRollback(ctx)]
}
