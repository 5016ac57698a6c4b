// Every user-facing lint text in one place (ready for a second language). Rule numbers are 1-based here.
import type { BuiltinRule } from './dkp-builtin.ts'
import type { SelectorField } from './containment.ts'
import type { RequestAttributes } from './types.ts'

const q = (s: string) => JSON.stringify(s)

/** ruleName: "Rule 4" for index 3. */
export const ruleName = (i: number) => `Rule ${i + 1}`

/** builtinName: "DKP built-in rule 15 (Every LIST …)". */
export const builtinName = (b: BuiltinRule) => `DKP built-in rule ${b.number} (${b.title})`

/** listText: up to `max` values, then "and N more"; "" is shown as "". */
export function listText(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).map((v) => (v === '' ? '""' : v))
  const rest = values.length - shown.length
  const joined = shown.join(', ')
  return rest > 0 ? `${joined} and ${rest} more` : joined
}

/** groupText: the core group is "core", `*` is "any group". */
export const groupText = (g: string) => (g === '' ? 'core' : g === '*' ? 'any group' : g)

/** orList: "a or b or c". */
const orList = (l: readonly string[]) => l.join(' or ')

/** msg builds every lint message; arguments are 0-based rule indices and the values to name. */
export const msg = {
  /** Why a later rule is shadowed, after "rule i already matches every request it would". */
  shadowReason(i: number, j: number, how: ShadowHow): string {
    const other = `rule ${i + 1}`
    let why: string
    if (how.same) why = 'both rules select the same requests'
    else if (how.catchAll) why = `${other} matches every request`
    else if (how.looser.length > 0) why = `${other} has no ${orList(how.looser)} restriction`
    else why = `${other}'s ${how.restricted.join(', ')} include all of rule ${j + 1}'s`
    if (how.wildcard) why += `; ${how.wildcard} also matches ${how.wildcard.slice(0, -2)} itself`
    return why
  },
  shadowed: (i: number, j: number, how: ShadowHow) =>
    `${ruleName(j)} can never match: rule ${i + 1} already matches every request it would (${msg.shadowReason(i, j, how)}).`,
  fixMoveUp: (i: number, j: number) => `Move rule ${j + 1} above rule ${i + 1}`,
  fixRemoveSame: (i: number, j: number) =>
    `Remove rule ${j + 1}: rule ${i + 1} already logs these requests the same way`,
  fixRemoveSameRequests: (i: number, j: number) =>
    `Remove rule ${j + 1}: it selects the same requests as rule ${i + 1}, which decides them (moving it up would only hide rule ${i + 1} instead)`,

  dkpShadowed(j: number, b: BuiltinRule, userLevel: string): string {
    const head = `${ruleName(j)} can never match: ${builtinName(b)} comes first and matches every request it would.`
    if (b.rule.level === 'None' && userLevel === 'None')
      return `${head} DKP already drops these requests; the rule is redundant.`
    if (b.rule.level === 'None')
      return `${head} DKP does not log these requests, and your rule cannot change that; only with basicAuditPolicyEnabled: false can you choose their level yourself.`
    const fate = `They are already logged at ${b.rule.level}; your rule cannot change their level.`
    if (userLevel === b.rule.level) return `${head} ${fate} The rule is redundant.`
    return `${head} ${fate} To log them at ${userLevel}, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.`
  },
  fixRemoveRedundant: (j: number, b: BuiltinRule) =>
    b.rule.level === 'None'
      ? `Remove rule ${j + 1}: DKP built-in rule ${b.number} already drops these requests`
      : `Remove rule ${j + 1}: DKP built-in rule ${b.number} already logs these requests at ${b.rule.level}`,
  dkpOverlap(j: number, b: BuiltinRule, part: string, userLevel: string, narrow?: Narrowing) {
    const fate = b.rule.level === 'None' ? 'are not logged' : `are logged at ${b.rule.level}`
    const head = `${ruleName(j)} partly overlaps ${builtinName(b)}: ${part} reach the built-in rule first and ${fate}; your rule (${userLevel}) cannot change their level.`
    const hint = narrow
      ? `Most likely rule ${j + 1} is meant for its other ${OTHER_VALUES[narrow.field]}: remove ${narrowText(narrow)} from its ${narrow.field} (no request's level changes).`
      : `If rule ${j + 1} is meant for its other requests, narrow it to leave these out.`
    return `${head} ${hint} ${ownPolicy(userLevel)}`
  },
  fixNarrow: (j: number, narrow: Narrowing, b: BuiltinRule) =>
    `Remove ${narrowText(narrow)} from rule ${j + 1}'s ${narrow.field}: DKP built-in rule ${b.number} decides those requests first`,
  dkpOverlaps(j: number, userLevel: string, parts: readonly OverlapPart[]): string {
    const fate = (b: BuiltinRule) => (b.rule.level === 'None' ? 'not logged' : `logged at ${b.rule.level}`)
    const shown = parts
      .slice(0, MAX_PARTS)
      .map((p) => `${p.text} (built-in rule ${p.builtin.number}: ${fate(p.builtin)})`)
    const rest = parts.slice(MAX_PARTS).map((p) => p.builtin.number)
    const more =
      rest.length === 0
        ? ''
        : rest.length === 1
          ? `; built-in rule ${rest[0]} decides others too`
          : `; built-in rules ${rest.join(', ')} decide others too`
    return `${ruleName(j)} (${userLevel}) cannot change the level of some requests it matches, because DKP built-in rules decide them first: ${shown.join('; ')}${more}. It still decides its other requests, which is most likely what you meant. ${ownPolicy(userLevel)}`
  },

  neverFires: (i: number, j: number, added: readonly string[]) =>
    `${ruleName(j)} never fires in practice: rule ${i + 1} decides every request a real user can send to it. ${addedReason(`rule ${i + 1}`, j, added)} Move rule ${j + 1} above rule ${i + 1}, or narrow rule ${i + 1}.`,
  neverFiresBuiltin: (j: number, b: BuiltinRule, added: readonly string[]) =>
    `${ruleName(j)} never fires in practice: DKP built-in rule ${b.number} decides every request a real user can send to it. ${addedReason(builtinName(b), j, added)} Narrow rule ${j + 1} to requests the built-in rule leaves; their level cannot be changed otherwise.`,
  neverMeets: (j: number, rule: { users?: string[]; userGroups?: string[] }) =>
    `${ruleName(j)} never fires in practice: no identity kube-apiserver produces is both one of its users and in one of its userGroups. kube-apiserver never puts ${listText(rule.users ?? [])} in ${listText(rule.userGroups ?? [])} (system:anonymous is only in system:unauthenticated; system:serviceaccounts[:NS] hold only service accounts). Remove users or userGroups, or make them agree.`,

  execCreateOnly: (j: number, named: readonly string[]) =>
    `${ruleName(j)} misses modern kubectl: it lists create but not get for ${listText(named)}. kubectl 1.30+ runs exec, attach and cp over WebSockets (port-forward from 1.31), a GET audited as verb get. Add get.`,
  execGetOnly: (j: number, named: readonly string[]) =>
    `${ruleName(j)} misses older clients: it lists get but not create for ${listText(named)}. kubectl before 1.30 and SPDY clients open them with a POST, audited as verb create. Add create.`,
  fixAddVerb: (j: number, verb: string) => `Add ${verb} to rule ${j + 1}'s verbs`,
  readVolume: (j: number, level: string) =>
    `${ruleName(j)} logs every get, list and watch of every authenticated user at ${level}, and no rule above drops any: controllers, kubelets and dashboards read all the time, so this is most of the audit log. Narrow it: leave reads out (verbs create, update, patch, delete), drop the noisy readers (system:serviceaccounts, system:nodes) in a None rule above it, or limit it to the resources, namespaces or users you need.`,
  versionRollback: (version: string, below: string, error: string, dkp: boolean) =>
    `Loads on Kubernetes ${version} but not on ${below}: ${error}. If the control plane is rolled back a minor${dkp ? ' (DKP can do that)' : ''}, kube-apiserver refuses this policy and does not start.`,

  sensitive: (j: number, level: string, what: readonly string[]) =>
    `${ruleName(j)} logs ${listText(what, 4)} at ${level}: their contents (secret values, tokens, configuration) land in the audit log. Log them at Metadata instead.`,
  fixSensitive: (j: number, what: readonly string[]) =>
    `Add a rule above rule ${j + 1} that logs ${listText(what, 4)} at Metadata`,

  requestReceived: (j: number, level: string) =>
    `${ruleName(j)} logs at ${level} without omitting the RequestReceived stage, so every request it matches is written twice (RequestReceived and ResponseComplete). Add RequestReceived to omitStages.`,
  fixRequestReceived: () => `Add RequestReceived to the policy's omitStages (applies to every rule)`,

  watchList: (j: number, verbs: readonly string[]) =>
    `${ruleName(j)} logs ${verbs.join(' and ')} at RequestResponse: every object listed or watched lands in the log, which makes these events large and frequent. Metadata is usually enough for ${verbs.join(' and ')}.`,
  fixSensitiveLower: (j: number) => `Log rule ${j + 1} at Metadata (no request or response bodies)`,
  fixWatchListLower: (j: number) => `Log rule ${j + 1} at Metadata (it only takes these requests)`,
  fixWatchList: (j: number, verbs: readonly string[]) =>
    `Add a rule above rule ${j + 1} that logs ${verbs.join(' and ')} at Metadata`,

  noCatchAll: (example: string) =>
    `No rule matches every request: requests that no rule matches are not logged (for example ${example}). If that is not intended, add a final rule with only a level, e.g. Metadata.`,
  noCatchAllDkp: (example: string, b: BuiltinRule) =>
    `No rule matches every request: authenticated requests that neither a DKP built-in rule nor one of yours matches are dropped by ${builtinName(b)} (for example ${example}). If that is not intended, add a final rule with only a level, e.g. Metadata.`,
  fixCatchAll: () => 'Add a final rule that logs every other request at Metadata',

  literalStar(field: string, value: string, canLeaveOut: boolean, serviceAccountNamespace?: string): string {
    const noun = STAR_NOUNS[field] ?? 'value'
    let text = `${q('*')} is not a wildcard in ${field}: ${q(value)} matches only a ${noun} spelled exactly like that.`
    if (canLeaveOut) text += ` Leave ${field} out to match every ${noun}.`
    if (serviceAccountNamespace !== undefined)
      text += ` For every service account of namespace ${serviceAccountNamespace}, use userGroups ${q(`system:serviceaccounts:${serviceAccountNamespace}`)}.`
    return text
  },
  fixLiteralStar: (field: string) => `Remove ${field} (no restriction matches every value)`,
  hiddenCharacters: (field: string, shown: string, codePoints: string) =>
    `This ${field} value holds characters you cannot see: ${codePoints}. Shown with them spelled out it is ${q(shown)}. They can make text read differently on screen than what kube-apiserver compares (or two different values look alike); remove them unless you put them there on purpose.`,
  fixHiddenCharacters: (field: string) => `Remove the hidden characters from this ${field} value`,

  subresourcesNotCovered: (resource: string, subs: readonly string[]) =>
    `${q(resource)} does not match its subresources (${listText(
      subs.map((s) => `${resource}/${s}`),
      4,
    )}). Add ${q(`${resource}/*`)} if they should be covered too.`,
  fixSubresources: (resource: string) =>
    `Use ${q(`${resource}/*`)} (matches ${resource} and every subresource)`,

  wildcardCoversParent: (resource: string) =>
    `${q(`${resource}/*`)} also matches ${q(resource)} itself, not only its subresources. To treat ${resource} differently, put a rule for it above this one.`,

  groupWithVersion: (group: string, fixed: string) =>
    `Group ${q(group)} includes an API version; group takes the API group only: ${q(fixed)}${fixed === '' ? ' (the core group)' : ''}.`,
  fixGroup: (fixed: string) => `Set group to ${q(fixed)}`,

  urlStar: (url: string, fixed: string) =>
    `${q(url)}: ${q('*')} is a wildcard only as the last character, and kube-apiserver refuses a policy with it anywhere else. ${q(fixed)} matches every path that starts with ${q(fixed.slice(0, -1))}.`,
  fixUrlStar: (fixed: string) => `Use ${q(fixed)}`,
}

/** addedReason: which group kube-apiserver adds that the earlier rule selects. */
const addedReason = (other: string, j: number, added: readonly string[]) =>
  added.length > 0
    ? `kube-apiserver adds ${listText(added)} to every identity rule ${j + 1} selects, and ${other} selects ${added.length > 1 ? 'them' : 'it'}.`
    : `Every identity rule ${j + 1} selects is one ${other} selects too.`

/** ownPolicy: the way to choose the level of requests a DKP built-in rule decides. */
const ownPolicy = (userLevel: string) =>
  `${userLevel === 'None' ? 'To drop those requests' : `To log those requests at ${userLevel}`}, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.`

const STAR_NOUNS: Record<string, string> = {
  users: 'user',
  userGroups: 'group',
  verbs: 'verb',
  namespaces: 'namespace',
  resourceNames: 'name',
}

const MAX_PARTS = 4

/** NarrowField: a list field of a user rule that a dkp-overlap fix may shorten. */
export type NarrowField = 'verbs' | 'namespaces' | 'users' | 'userGroups' | 'nonResourceURLs'

/** Narrowing: the values to remove from one list field of a user rule. */
export interface Narrowing {
  field: NarrowField
  values: readonly string[]
}

/** What the values a narrowed rule keeps are called: "its other verbs". */
const OTHER_VALUES: Record<NarrowField, string> = {
  verbs: 'verbs',
  namespaces: 'namespaces',
  users: 'users',
  userGroups: 'user groups',
  nonResourceURLs: 'URLs',
}

/** narrowText: the values to remove; the namespace "" is named for what it selects. */
function narrowText(n: Narrowing): string {
  const shown =
    n.field === 'namespaces' ? n.values.map((v) => (v === '' ? '"" (cluster-scoped)' : v)) : n.values
  return listText(shown, 4)
}

/** OverlapPart: one built-in rule that decides part of a user rule's requests, and which part. */
export interface OverlapPart {
  builtin: BuiltinRule
  text: string
}

/** ShadowHow: what makes the earlier rule wider, for the shadowed-rule message. */
export interface ShadowHow {
  same: boolean
  catchAll: boolean
  looser: SelectorField[]
  restricted: SelectorField[]
  wildcard?: string
}

/** requestText: a short description of a request, e.g. "get widgets.example.com in default". */
export function requestText(r: RequestAttributes): string {
  if (!r.resourceRequest) return `${r.verb} ${r.path}`
  const res = r.subresource === '' ? r.resource : `${r.resource}/${r.subresource}`
  const group = r.apiGroup === '' ? '' : `.${r.apiGroup}`
  const ns = r.namespace === '' ? '' : ` in ${r.namespace}`
  return `${r.verb} ${res}${group}${ns}`
}
