// Strings of "Compare with…": a policy diff (src/policy/diff.ts) in words. The core gives codes and
// parameters; this file makes the sentences, for the UI and the CLI alike.
import type { BehaviourChange, ExceptRule, Outcome, RuleRef } from '../../policy/diff.ts'
import type { RequestClass, ValueSet } from '../../policy/diffDescribe.ts'
import type { FieldChange, PolicyFieldChange, RuleChange } from '../../policy/diffRules.ts'
import { countOf, numberList, pluralForm } from '../format.ts'

const RULE = { one: 'rule', other: 'rules' }

const show = (v: string) => (v === '' ? '""' : v)

/** list: a few values, then how many more. */
function list(values: readonly string[], max = 4, joiner = ', '): string {
  const shown = values.slice(0, max).map(show)
  const more = values.length - shown.length
  return more > 0 ? `${shown.join(joiner)} and ${more} more` : shown.join(joiner)
}

function valuesText(v: ValueSet, any: string, one: (list: string) => string, but: string): string {
  if ('any' in v) return any
  if ('only' in v) return one(list(v.only))
  return `${any} ${but} ${list(v.except)}`
}

function verbsText(c: RequestClass): string {
  if ('any' in c.verbs) return 'any verb'
  if ('only' in c.verbs) return list(c.verbs.only, 6, '/')
  return `any verb but ${list(c.verbs.except, 6, '/')}`
}

function resourceText(c: RequestClass): string {
  const sub = c.subresources
  let res = valuesText(c.resources, 'any resource', (l) => l, 'but')
  if ('only' in sub && sub.only.length === 1 && sub.only[0] === '') res += ''
  else if ('only' in sub)
    res += sub.only.includes('')
      ? ` (and their ${list(sub.only.filter((s) => s !== ''))})`
      : `/${list(sub.only, 4, ', ')}`
  else if ('except' in sub)
    res += sub.except.includes('') ? ' subresources' : ` (subresources but ${list(sub.except)})`
  if ('only' in c.apiGroups) res += ` (${c.apiGroups.only.map((g) => (g === '' ? 'core' : g)).join(', ')})`
  else if ('except' in c.apiGroups)
    res += ` (any API group but ${list(c.apiGroups.except.map((g) => (g === '' ? 'core' : g)))})`
  if (!('any' in c.names)) res += ' ' + valuesText(c.names, 'any name', (l) => `named ${l}`, 'but')
  return res
}

function namespacesText(c: RequestClass): string {
  const ns = c.namespaces
  if ('any' in ns) return 'in any namespace or none'
  if ('only' in ns) {
    const named = ns.only.filter((n) => n !== '')
    const scoped = ns.only.includes('') ? 'cluster-scoped' : ''
    if (named.length === 0) return scoped
    return `in ${list(named)}${scoped ? ' or cluster-scoped' : ''}`
  }
  return `in any namespace but ${list(ns.except)}`
}

function usersText(c: RequestClass): string {
  const u = c.users
  let who: string
  if ('only' in u) who = u.only.length === 0 ? '' : `by ${list(u.only, 3)}`
  else if ('any' in u) who = c.unauthenticated ? 'by anyone, authenticated or not' : 'by any user'
  else who = `by any user but ${list(u.except, 3)}`
  if (c.unauthenticated && !('any' in u)) who = who === '' ? 'unauthenticated' : `${who} (or unauthenticated)`
  const groups = [
    ...c.groups.anyOf.map((g) => `in group ${list(g, 3, ' or ')}`),
    ...(c.groups.noneOf.length === 1 ? [`not in group ${show(c.groups.noneOf[0]!)}`] : []),
    ...(c.groups.noneOf.length > 1 ? [`in none of the groups ${list(c.groups.noneOf, 3)}`] : []),
  ]
  // Each group condition holds: "in group a or b and in group c".
  return [who, groups.join(' and ')].filter((s) => s !== '').join(', ')
}

function pathText(c: RequestClass): string {
  const p = c.path
  let text = p.exact !== undefined ? p.exact : p.prefix ? `URLs under ${p.prefix}` : 'any non-resource URL'
  const but = [...p.exceptPaths, ...p.exceptPrefixes.map((x) => `${x}*`)]
  if (but.length > 0) text += ` but ${list(but)}`
  return text
}

/** requestClass: "create/update of secrets (core) in any namespace, by any user". */
export function requestClass(c: RequestClass): string {
  const parts: string[] = []
  const resource = c.kinds.includes('resource')
  const nonResource = c.kinds.includes('nonResource')
  if (resource && nonResource)
    parts.push(
      'any' in c.verbs
        ? 'any request'
        : 'only' in c.verbs
          ? `${verbsText(c)} requests`
          : `requests with ${verbsText(c)}`,
    )
  else if (resource) parts.push(`${verbsText(c)} of ${resourceText(c)} ${namespacesText(c)}`.trim())
  else parts.push(`${verbsText(c)} of ${pathText(c)}`)
  const who = usersText(c)
  return who ? `${parts.join('')}, ${who}` : parts.join('')
}

/** ruleRef: "your rule 3" / "built-in rule 14" (user rules are numbered from 1, as in the rule list). */
export function ruleRef(r: RuleRef | null): string {
  if (r === null) return 'no rule'
  return r.kind === 'user' ? `your rule ${r.index + 1}` : `built-in rule ${r.number}`
}

const numbers = (ns: readonly number[]) => numberList(ns, 'and')

/**
 * exceptText: ", unless built-in rules 1–27 or your rule 2 or rule 4 of the base decides first". Your rules are
 * numbered as in the rule list; a rule the base alone has before the deciding one, by its place in the base.
 */
function exceptText(except: readonly ExceptRule[]): string {
  if (except.length === 0) return ''
  const builtin = except.flatMap((e) => (e.rule.kind === 'builtin' ? [e.rule.number] : []))
  const user = (keep: (side: ExceptRule['side']) => boolean) =>
    except.flatMap((e) => (e.rule.kind === 'user' && keep(e.side) ? [e.rule.index + 1] : []))
  const parts: string[] = []
  if (builtin.length > 0) parts.push(`built-in ${pluralForm(builtin.length, RULE)} ${numbers(builtin)}`)
  const ours = user((side) => side !== 'before')
  if (ours.length > 0) parts.push(`your ${pluralForm(ours.length, RULE)} ${numbers(ours)}`)
  const old = user((side) => side === 'before')
  if (old.length > 0) parts.push(`${pluralForm(old.length, RULE)} ${numbers(old)} of the base`)
  return `, unless ${parts.join(' or ')} ${pluralForm(except.length, { one: 'decides', other: 'decide' })} first`
}

const stagesText = (s: readonly string[]) => (s.length === 0 ? 'none' : s.join(', '))

/** baseRuleRef: "rule 5 of the base" / "built-in rule 14" / "no rule": the rule that decided in the base. */
function baseRuleRef(r: RuleRef | null): string {
  return r?.kind === 'user' ? `rule ${r.index + 1} of the base` : ruleRef(r)
}

/** outcomeChange: "Metadata → Request; now decided by your rule 3 (was rule 5 of the base)". */
export function outcomeChange(before: Outcome, after: Outcome, ruleChanged: boolean): string {
  const parts: string[] = []
  if (before.level !== after.level) parts.push(`${before.level} → ${after.level}`)
  else parts.push(`${after.level} as before`)
  if (before.omitStages.join() !== after.omitStages.join())
    parts.push(`omitted stages ${stagesText(before.omitStages)} → ${stagesText(after.omitStages)}`)
  if (before.omitManagedFields !== after.omitManagedFields)
    parts.push(after.omitManagedFields ? 'managed fields now left out' : 'managed fields now logged')
  if (ruleChanged) {
    const now = after.rule === null ? 'no rule matches now' : `now decided by ${ruleRef(after.rule)}`
    const was = before.rule === null ? 'no rule matched before' : `was ${baseRuleRef(before.rule)}`
    parts.push(`${now} (${was})`)
  } else if (after.rule === null) parts.push('no rule matches, as before')
  else parts.push(`still decided by ${ruleRef(after.rule)}`)
  return parts.join('; ')
}

/** behaviourChange: the class of requests and how their outcome changes, in one sentence. */
export function behaviourChange(c: BehaviourChange): string {
  return `${requestClass(c.requests)}${exceptText(c.except)}: ${outcomeChange(c.before, c.after, c.changed.includes('rule'))}`
}

function fieldValue(v: unknown): string {
  if (v === undefined) return '(not set)'
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? show(x) : JSON.stringify(x))).join(', ')
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** fieldChange: "verbs: +delete −get" / "level: Metadata → Request". */
export function fieldChange(f: FieldChange | PolicyFieldChange): string {
  if ('added' in f && (f.added?.length || f.removed?.length)) {
    const plus = (f.added ?? []).map((v) => `+${fieldValue([v])}`)
    const minus = (f.removed ?? []).map((v) => `−${fieldValue([v])}`)
    return `${f.field}: ${[...plus, ...minus].join(' ')}`
  }
  return `${f.field}: ${fieldValue(f.before)} → ${fieldValue(f.after)}`
}

/** ruleChange: one line per added, removed, moved or changed rule (numbers from 1). */
export function ruleChange(c: RuleChange): string {
  switch (c.kind) {
    case 'added':
      return `Rule ${c.newIndex + 1} added`
    case 'removed':
      return `Rule ${c.oldIndex + 1} removed`
    case 'moved':
      return `Rule ${c.oldIndex + 1} moved to ${c.newIndex + 1}`
    case 'changed': {
      const where =
        c.oldIndex === c.newIndex
          ? `Rule ${c.newIndex + 1}`
          : `Rule ${c.oldIndex + 1} (now ${c.newIndex + 1})`
      return `${where} changed: ${c.fields.map(fieldChange).join('; ')}`
    }
  }
}

export const compare = {
  open: 'Compare with…',
  title: 'Compare with another version',
  intro:
    'Paste or drop the policy the cluster runs (the output of the command below), a policy file, or pick a version from this session. You see what your edits change before kube-apiserver restarts.',
  clusterCommand: 'Print the cluster’s current policy',
  baseLabel: 'Base policy (YAML, JSON or the Secret)',
  sessionVersions: 'Or compare with a version from this session:',
  sessionVersion: (kind: 'opened' | 'loaded', time: string, rules: number) =>
    `${kind === 'opened' ? 'As the page opened' : `Loaded at ${time}`} (${countOf(rules, RULE)})`,
  useBase: 'Compare',
  chooseFile: 'Choose file…',
  statuses: { added: 'added', removed: 'removed', moved: 'moved', changed: 'changed', same: '' },
  clear: 'Stop comparing',
  close: 'Close',
  baseFrom: (what: string) => `Base: ${what}`,
  ruleChanges: 'Rule changes',
  behaviourChanges: 'Behaviour changes',
  noRuleChanges: 'No rule changed.',
  noBehaviourChanges: 'No request is audited differently.',
  behaviourCount: (n: number) => `${countOf(n, { one: 'change', other: 'changes' })} in what is logged`,
  openInSimulator: 'Open in simulator',
  example: 'Example',
  textDiff: 'Text diff',
  hideTextDiff: 'Hide text diff',
  baseColumn: 'Base',
  currentColumn: 'Current',
  incomplete: 'The comparison stopped early: the list of behaviour changes may be incomplete.',
  policySetting: 'Policy setting',
  onLog: (requests: number) => `On the log (${requests} requests):`,
  logBefore: 'before',
  logAfter: 'after',
  logDelta: 'change',
  logChange: (requests: number, events: string, bytes: string) =>
    `${requests} requests in the log: ${events} events, ${bytes} bytes`,
  notMeasured: 'not measured (this class of requests has no rule form to count it by)',
  invalidBase: (reason: string) => `The base could not be read: ${reason}`,
  renderedCommand: 'Or, on a master, the policy kube-apiserver reads (DKP’s built-in rules included)',
  /** The base is the policy rendered on a master: what is compared, and with which built-in rules. */
  renderedRead: (head: number, tail: number, userRules: number) =>
    `Read as the policy rendered on a master: its DKP built-in rules (1–${head}, ${head + 1}–${head + tail}) run on both sides, and its ${countOf(userRules, RULE)} in between ${pluralForm(userRules, { one: 'is', other: 'are' })} compared with yours.`,
  readWhole: 'Compare the whole file instead',
  renderedWhole:
    'It holds DKP’s built-in rules around the user’s rules: it is compared as a whole with your rules inside DKP’s built-in ones.',
  renderedOffDkp:
    'This base is a policy rendered on a DKP master. The target is Kubernetes, with no built-in rules around yours, so the whole file is compared.',
  readRendered: 'Read it as rendered on a master',
  ruleChange,
  behaviourChange,
  requestClass,
  outcomeChange,
  fieldChange,
}
