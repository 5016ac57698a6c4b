// Lint's words in English: every finding's headline (at most 140 characters, whatever the values) with its
// details, and every fix. The core says what it found as codes with parameters (policy/lint-messages.ts);
// i18n/lint.ts picks this file or its Russian twin. Rule numbers are 1-based here, indices 0-based in `say`.
import type { BuiltinRef } from '../../policy/dkpBuiltin.ts'
import { hints } from './hints.ts'
import type {
  FixCode,
  LintCode,
  Narrowing,
  OverlapPart,
  OverlapScope,
  RequestExample,
  ShadowHow,
} from '../../policy/lintMessages.ts'
import { formatNumber, numberList } from '../format.ts'
import { cutList, q, requestText, short, type Fix, type Say } from '../lintValues.ts'
import { dkpBuiltin, titleOf } from './dkpBuiltin.ts'

/**
 * Words: a finding in words: a headline of at most 140 characters, the reason in one sentence where it must be
 * read without expanding anything (shown under the headline), further sentences, and a list to expand.
 */
export interface Words {
  headline: string
  reason?: string
  details: string[]
  items?: string[]
}

/** rule: "Rule 4" for index 3. */
const rule = (i: number) => `Rule ${formatNumber(i + 1)}`
/** ruleRef: "rule 4" for index 3, inside a sentence. */
const ruleRef = (i: number) => `rule ${formatNumber(i + 1)}`

/** listText: up to `max` values, then "and N more"; "" is shown as "". */
const listText = (values: readonly string[], max = 3) => cutList(values, max, (n) => `and ${n} more`)

/** groupText: the core group is "core", `*` is "any group". */
const groupText = (g: string) => (g === '' ? 'core' : g === '*' ? 'any group' : g)

const orList = (l: readonly string[]) => l.join(' or ')

/** builtin: "DKP built-in rule 15". */
const builtin = (b: BuiltinRef) => `DKP built-in rule ${b.number}`

/** builtinIs: "DKP built-in rule 15 is “Every LIST …”." (nothing to say for an untitled rendered rule). */
function builtinIs(b: BuiltinRef): string[] {
  if (!b.shipped && b.note === undefined) return []
  return [`${builtin(b)} is “${titleOf(dkpBuiltin, b)}”.`]
}

/** shadowReason: why a later rule is shadowed, after "rule i already matches every request it would". */
function shadowReason(i: number, j: number, how: ShadowHow): string {
  let why: string
  if (how.same) why = 'Both rules select the same requests'
  else if (how.catchAll) why = `${rule(i)} matches every request`
  else if (how.looser.length > 0) why = `${rule(i)} has no ${orList(how.looser)} restriction`
  else why = `${rule(i)}'s ${how.restricted.join(', ')} include all of ${ruleRef(j)}'s`
  if (how.wildcard)
    why += `; ${short(how.wildcard, 40)} also matches ${short(how.wildcard.slice(0, -2), 38)} itself`
  return `${why}.`
}

/** addedReason: which group kube-apiserver adds that the earlier rule selects (long names cut: always shown). */
const addedReason = (other: string, j: number, added: readonly string[]) =>
  added.length > 0
    ? `kube-apiserver adds ${listText(
        added.map((g) => short(g, 32)),
        2,
      )} to every identity ${ruleRef(j)} selects, and ${other} selects ${added.length > 1 ? 'them' : 'it'}.`
    : `Every identity ${ruleRef(j)} selects is one ${other} selects too.`

/** ownPolicy: the way to choose the level of requests a DKP built-in rule decides. */
const ownPolicy = (userLevel: string) =>
  `${userLevel === 'None' ? 'To drop those requests' : `To log those requests at ${userLevel}`}, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.`

/** What the values a narrowed rule keeps are called: "its other verbs". */
const OTHER_VALUES: Record<Narrowing['field'], string> = {
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

/** scopeText: "list requests to core pods in kube-system": the requests both rules match. */
function scopeText(s: OverlapScope): string {
  let text = s.verbs ? `${listText(s.verbs, 4)} requests` : 'requests'
  if (s.resources) {
    const names = s.resources.map(
      (r) =>
        `${groupText(r.group)} ${r.resource ?? 'all resources'}${r.names ? ` named ${listText(r.names, 2)}` : ''}`,
    )
    text += ` to ${listText(names, 3)}`
  }
  if (s.namespaces) text += ` in ${listText(s.namespaces)}`
  if (s.users) text += ` by ${listText(s.users, 2)}`
  if (s.userGroups) text += ` from group ${listText(s.userGroups, 2)}`
  if (s.urls) text += ` to ${listText(s.urls)}`
  return text
}

/** exampleText: a short description of a request, e.g. "get widgets.example.com in default". */
export const exampleText = (r: RequestExample) => requestText(r, 'in')

const STAR_NOUNS: Record<string, string> = {
  users: 'user',
  userGroups: 'group',
  verbs: 'verb',
  namespaces: 'namespace',
  resourceNames: 'name',
}

const fate = (b: BuiltinRef) => (b.level === 'None' ? 'not logged' : `logged at ${b.level}`)

/** narrowAdvice: what the user most likely meant by a rule that overlaps built-in rules. */
function narrowAdvice(s: Say<'dkpOverlap'>): string {
  const ns = s.narrow ?? []
  if (ns.length === 0)
    return s.parts.some((p) => p.explicit)
      ? `If ${ruleRef(s.rule)} is meant for its other requests, narrow it to leave these out.`
      : 'It still decides its other requests, which is most likely what you meant.'
  const other = ns.length === 1 ? OTHER_VALUES[ns[0]!.field] : 'requests'
  const remove = ns.map((n) => `${narrowText(n)} from its ${n.field}`).join(' and ')
  return `Most likely ${ruleRef(s.rule)} is meant for its other ${other}: remove ${remove} (no request's level changes).`
}

/** overlapsOne: one built-in rule takes part of what the rule spells out. */
function overlapsOne(s: Say<'dkpOverlap'>, p: OverlapPart): Words {
  const b = p.builtin
  return {
    headline: `${rule(s.rule)} partly overlaps ${builtin(b)}: some of its requests reach the built-in rule first and are ${fate(b)}.`,
    details: [
      ...builtinIs(b),
      `Those are ${scopeText(p.scope)}; your rule (${s.level}) cannot change their level.`,
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
  }
}

/** overlapsOpen: one built-in rule takes part of what the rule leaves open. */
function overlapsOpen(s: Say<'dkpOverlap'>, p: OverlapPart): Words {
  return {
    headline: `${rule(s.rule)} (${s.level}) cannot change the level of some requests: ${builtin(p.builtin)} decides them first.`,
    details: [
      `Those are ${scopeText(p.scope)} (built-in rule ${p.builtin.number}: ${fate(p.builtin)}).`,
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
  }
}

/** overlapsMany: several built-in rules take parts of the rule: a headline, and each of them in the list. */
function overlapsMany(s: Say<'dkpOverlap'>): Words {
  const numbers = s.parts.map((p) => String(p.builtin.number))
  return {
    headline: `${rule(s.rule)} (${s.level}) overlaps ${formatNumber(numbers.length)} of DKP's built-in rules (${listText(numbers, 4)}): they decide some of its requests first.`,
    details: [
      `Your rule's level does not apply to those requests; the list says which ones each built-in rule takes.`,
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
    items: s.parts.map((p) => {
      const title =
        p.builtin.shipped || p.builtin.note !== undefined ? ` “${titleOf(dkpBuiltin, p.builtin)}”` : ''
      return `Built-in rule ${p.builtin.number}${title}: ${scopeText(p.scope)}, ${fate(p.builtin)}`
    }),
  }
}

const finding = {
  shadowed: (s: Say<'shadowed'>): Words => ({
    headline: `${rule(s.rule)} can never match: ${ruleRef(s.by)} already matches every request it would.`,
    reason: shadowReason(s.by, s.rule, s.how),
    details: [],
  }),
  dkpShadowed(s: Say<'dkpShadowed'>): Words {
    const b = s.builtin
    const headline = `${rule(s.rule)} can never match: ${builtin(b)} comes first and matches every request it would.`
    const about = builtinIs(b)
    if (b.level === 'None' && s.level === 'None')
      return { headline, reason: 'DKP already drops these requests; the rule is redundant.', details: about }
    if (b.level === 'None')
      return {
        headline,
        reason: 'DKP does not log these requests, and your rule cannot change that.',
        details: [...about, 'Only with basicAuditPolicyEnabled: false can you choose their level yourself.'],
      }
    if (s.level === b.level)
      return {
        headline,
        reason: `They are already logged at ${b.level}; the rule is redundant.`,
        details: about,
      }
    return {
      headline,
      reason: `They are already logged at ${b.level}; your rule cannot change their level.`,
      details: [
        ...about,
        `To log them at ${s.level}, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.`,
      ],
    }
  },
  dkpShadowedTogether(s: Say<'dkpShadowedTogether'>): Words {
    const ns = s.builtins.map((b) => b.number)
    // Up to four numbers in full ("14 and 15"), more as the first three and a count: the headline stays short.
    const numbers = ns.length <= 4 ? numberList(ns, 'and') : listText(ns.map(String), 3)
    const headline = `${rule(s.rule)} can never match: DKP built-in rules ${numbers} come first and together match every request it would.`
    const levels = [...new Set(s.builtins.map((b) => b.level))]
    const items = s.builtins.flatMap(builtinIs)
    const own = `To log them at ${s.level}, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.`
    if (levels.every((l) => l === 'None') && s.level === 'None')
      return {
        headline,
        reason: 'DKP already drops these requests; the rule is redundant.',
        details: [],
        items,
      }
    if (levels.every((l) => l === 'None'))
      return {
        headline,
        reason: 'DKP does not log these requests, and your rule cannot change that.',
        details: ['Only with basicAuditPolicyEnabled: false can you choose their level yourself.'],
        items,
      }
    if (levels.every((l) => l === s.level))
      return {
        headline,
        reason: `They are already logged at ${s.level}; the rule is redundant.`,
        details: [],
        items,
      }
    return {
      headline,
      reason: `DKP's rules already decide their level (${levels.join(', ')}); your rule cannot change it.`,
      details: [own],
      items,
    }
  },
  dkpOverlap(s: Say<'dkpOverlap'>): Words {
    if (s.parts.length > 1) return overlapsMany(s)
    return s.parts[0]!.explicit ? overlapsOne(s, s.parts[0]!) : overlapsOpen(s, s.parts[0]!)
  },
  neverFires: (s: Say<'neverFires'>): Words => ({
    headline: `${rule(s.rule)} never fires in practice: ${ruleRef(s.by)} decides every request a real user can send to it.`,
    reason: addedReason(ruleRef(s.by), s.rule, s.added),
    details: [`Move ${ruleRef(s.rule)} above ${ruleRef(s.by)}, or narrow ${ruleRef(s.by)}.`],
  }),
  neverFiresBuiltin: (s: Say<'neverFiresBuiltin'>): Words => ({
    headline: `${rule(s.rule)} never fires in practice: ${builtin(s.builtin)} decides every request a real user can send to it.`,
    reason: addedReason(builtin(s.builtin), s.rule, s.added),
    details: [
      ...builtinIs(s.builtin),
      `Narrow ${ruleRef(s.rule)} to requests the built-in rule leaves; their level cannot be changed otherwise.`,
    ],
  }),
  neverMeets: (s: Say<'neverMeets'>): Words => ({
    headline: `${rule(s.rule)} never fires in practice: no identity kube-apiserver produces is both one of its users and in one of its userGroups.`,
    reason: `kube-apiserver never puts ${listText(
      s.users.map((u) => short(u, 32)),
      2,
    )} in ${listText(
      s.userGroups.map((g) => short(g, 32)),
      2,
    )}.`,
    details: [
      'system:anonymous is only in system:unauthenticated; system:serviceaccounts[:NS] hold only service accounts.',
      'Remove users or userGroups, or make them agree.',
    ],
  }),
  execCreateOnly: (s: Say<'execCreateOnly'>): Words => ({
    headline: `${rule(s.rule)} misses modern kubectl: it lists create but not get for ${listText(s.named)}.`,
    reason:
      'kubectl 1.30+ runs exec, attach and cp over WebSockets (port-forward from 1.31), a GET audited as verb get.',
    details: ['Add get.'],
  }),
  execGetOnly: (s: Say<'execGetOnly'>): Words => ({
    headline: `${rule(s.rule)} misses older clients: it lists get but not create for ${listText(s.named)}.`,
    reason: 'kubectl before 1.30 and SPDY clients open them with a POST, audited as verb create.',
    details: ['Add create.'],
  }),
  readVolume: (s: Say<'readVolume'>): Words => ({
    headline: `${rule(s.rule)} logs every get, list and watch of every authenticated user at ${s.level}, and no rule above drops any.`,
    reason: 'Controllers, kubelets and dashboards read all the time, so this is most of the audit log.',
    details: [
      'Narrow it: leave reads out (verbs create, update, patch, delete), drop the noisy readers (system:serviceaccounts, system:nodes) in a None rule above it, or limit it to the resources, namespaces or users you need.',
    ],
  }),
  versionRollback(s: Say<'versionRollback'>): Words {
    const why = s.hint ? hints[s.hint.code](s.hint) : s.error
    return {
      headline: `Loads on Kubernetes ${s.version} but not on ${s.below}: rolled back to ${s.below}, kube-apiserver would not start.`,
      reason: `On ${s.below}: ${short(why, 200)}.`,
      details: [
        ...(why.length > 200 ? [`On ${s.below}: ${why}.`] : []),
        `If the control plane is rolled back a minor${s.dkp ? ' (DKP can do that)' : ''}, kube-apiserver refuses this policy and does not start.`,
      ],
    }
  },
  sensitive: (s: Say<'sensitive'>): Words => ({
    headline: `${rule(s.rule)} logs ${listText(s.what, 2)} at ${s.level}: their contents land in the audit log.`,
    reason: `At ${s.level} the log keeps the ${s.level === 'Request' ? 'request' : 'request and response'} bodies, so whoever reads it reads secret values, tokens and configuration.`,
    details: [
      ...(s.what.length > 2 ? [`It logs ${listText(s.what, s.what.length)} at ${s.level}.`] : []),
      'Log them at Metadata instead.',
    ],
  }),
  requestReceived: (s: Say<'requestReceived'>): Words => ({
    headline: `${rule(s.rule)} logs at ${s.level} without omitting the RequestReceived stage, so every request it matches is written twice.`,
    details: [
      'Each is written at RequestReceived and again at ResponseComplete.',
      'Add RequestReceived to omitStages.',
    ],
  }),
  watchList: (s: Say<'watchList'>): Words => ({
    headline: `${rule(s.rule)} logs ${s.verbs.join(' and ')} at RequestResponse: every object listed or watched lands in the log.`,
    details: [
      'That makes these events large and frequent.',
      `Metadata is usually enough for ${s.verbs.join(' and ')}.`,
    ],
  }),
  noCatchAll: (s: Say<'noCatchAll'>): Words => ({
    headline: 'No rule matches every request: requests that no rule matches are not logged.',
    details: [
      `For example ${exampleText(s.example)}.`,
      'If that is not intended, add a final rule with only a level, e.g. Metadata.',
    ],
  }),
  noCatchAllDkp: (s: Say<'noCatchAllDkp'>): Words => ({
    headline: `No rule matches every request: authenticated requests that no rule matches are dropped by ${builtin(s.builtin)}.`,
    details: [
      ...builtinIs(s.builtin),
      `That is every authenticated request neither a DKP built-in rule nor one of yours matches, for example ${exampleText(s.example)}.`,
      'If that is not intended, add a final rule with only a level, e.g. Metadata.',
    ],
  }),
  literalStar(s: Say<'literalStar'>): Words {
    const noun = STAR_NOUNS[s.field] ?? 'value'
    const details: string[] = []
    if (s.canLeaveOut) details.push(`Leave ${s.field} out to match every ${noun}.`)
    if (s.serviceAccountNamespace !== undefined)
      details.push(
        `For every service account of namespace ${s.serviceAccountNamespace}, use userGroups ${q(`system:serviceaccounts:${s.serviceAccountNamespace}`)}.`,
      )
    return {
      headline: `${q('*')} is not a wildcard in ${s.field}: ${q(short(s.value))} matches only a ${noun} spelled exactly like that.`,
      details,
    }
  },
  hiddenCharacters: (s: Say<'hiddenCharacters'>): Words => ({
    headline: `This ${s.field} value holds characters you cannot see: ${short(s.codePoints, 60)}.`,
    reason: 'They can make the text read differently on screen than what kube-apiserver compares.',
    details: [
      ...(s.codePoints.length > 60 ? [`They are ${s.codePoints}.`] : []),
      `Shown with them spelled out it is ${q(s.shown)}.`,
      'Two different values can also look alike; remove them unless you put them there on purpose.',
    ],
  }),
  subresourcesNotCovered: (s: Say<'subresourcesNotCovered'>): Words => {
    const subs = s.subresources.map((x) => `${s.resource}/${x}`)
    return {
      headline: `${q(short(s.resource, 24))} does not match its subresources (${listText(
        subs.map((x) => short(x, 24)),
        2,
      )}).`,
      details: [
        ...(subs.length > 2 || subs.some((x) => x.length > 24)
          ? [`Its subresources are ${listText(subs, subs.length)}.`]
          : []),
        `Add ${q(`${s.resource}/*`)} if they should be covered too.`,
      ],
    }
  },
  wildcardCoversParent: (s: Say<'wildcardCoversParent'>): Words => ({
    headline: `${q(`${short(s.resource, 34)}/*`)} also matches ${q(short(s.resource, 34))} itself, not only its subresources.`,
    details: [`To treat ${s.resource} differently, put a rule for it above this one.`],
  }),
  groupWithVersion: (s: Say<'groupWithVersion'>): Words => ({
    headline: `Group ${q(short(s.group, 32))} includes an API version; group takes the API group only: ${q(short(s.fixed, 32))}${s.fixed === '' ? ' (the core group)' : ''}.`,
    reason: s.group.includes('/')
      ? `A group name cannot hold "/", so kube-apiserver refuses the policy.`
      : `No API group is called ${q(short(s.group, 32))}, so this entry matches no request.`,
    details: [],
  }),
  urlStar: (s: Say<'urlStar'>): Words => ({
    headline: `${q(short(s.url, 30))}: ${q('*')} is a wildcard only as the last character, and kube-apiserver refuses a policy with it anywhere else.`,
    reason: `The nearest path it accepts, ${q(short(s.fixed, 60))}, matches every path that starts with ${q(short(s.fixed.slice(0, -1), 60))}.`,
    details: [],
  }),
} satisfies { [C in LintCode]: (s: Say<C>) => Words }

const fix = {
  moveUp: (s: Fix<'moveUp'>) => `Move ${ruleRef(s.rule)} above ${ruleRef(s.by)}`,
  removeSame: (s: Fix<'removeSame'>) =>
    `Remove ${ruleRef(s.rule)}: ${ruleRef(s.by)} already logs these requests the same way`,
  removeSameRequests: (s: Fix<'removeSameRequests'>) =>
    `Remove ${ruleRef(s.rule)}: it selects the same requests as ${ruleRef(s.by)}, which decides them (moving it up would only hide ${ruleRef(s.by)} instead)`,
  removeRedundant: (s: Fix<'removeRedundant'>) =>
    s.builtin.level === 'None'
      ? `Remove ${ruleRef(s.rule)}: ${builtin(s.builtin)} already drops these requests`
      : `Remove ${ruleRef(s.rule)}: ${builtin(s.builtin)} already logs these requests at ${s.builtin.level}`,
  removeRedundantTogether: (s: Fix<'removeRedundantTogether'>) => {
    const numbers = numberList(
      s.builtins.map((b) => b.number),
      'and',
    )
    return s.level === 'None'
      ? `Remove ${ruleRef(s.rule)}: DKP built-in rules ${numbers} already drop these requests`
      : `Remove ${ruleRef(s.rule)}: DKP built-in rules ${numbers} already log these requests at ${s.level}`
  },
  narrow(s: Fix<'narrow'>) {
    const [first, ...rest] = s.narrow
    const remove = [
      `${narrowText(first!)} from ${ruleRef(s.rule)}'s ${first!.field}`,
      ...rest.map((n) => `${narrowText(n)} from its ${n.field}`),
    ].join(' and ')
    const numbers = s.builtins.map((b) => String(b.number))
    const who =
      numbers.length === 1
        ? `DKP built-in rule ${numbers[0]} decides`
        : `DKP built-in rules ${listText(numbers, 4)} decide`
    return `Remove ${remove}: ${who} those requests first`
  },
  addVerb: (s: Fix<'addVerb'>) => `Add ${s.verb} to ${ruleRef(s.rule)}'s verbs`,
  sensitive: (s: Fix<'sensitive'>) =>
    `Add a rule above ${ruleRef(s.rule)} that logs ${listText(s.what, 4)} at Metadata`,
  sensitiveLower: (s: Fix<'sensitiveLower'>) =>
    `Log ${ruleRef(s.rule)} at Metadata (no request or response bodies)`,
  requestReceived: (_s: Fix<'requestReceived'>) =>
    `Add RequestReceived to the policy's omitStages (applies to every rule)`,
  watchListLower: (s: Fix<'watchListLower'>) =>
    `Log ${ruleRef(s.rule)} at Metadata (it only takes these requests)`,
  watchList: (s: Fix<'watchList'>) =>
    `Add a rule above ${ruleRef(s.rule)} that logs ${s.verbs.join(' and ')} at Metadata`,
  catchAll: (_s: Fix<'catchAll'>) => 'Add a final rule that logs every other request at Metadata',
  literalStar: (s: Fix<'literalStar'>) => `Remove ${s.field} (no restriction matches every value)`,
  hiddenCharacters: (s: Fix<'hiddenCharacters'>) => `Remove the hidden characters from this ${s.field} value`,
  subresources: (s: Fix<'subresources'>) =>
    `Use ${q(`${s.resource}/*`)} (matches ${s.resource} and every subresource)`,
  group: (s: Fix<'group'>) => `Set group to ${q(s.fixed)}`,
  urlStar: (s: Fix<'urlStar'>) => `Use ${q(s.fixed)}`,
} satisfies { [C in FixCode]: (s: Fix<C>) => string }

export const lint = {
  finding,
  fix,
  /** A headline's most characters (the issue's limit: one line in the Problems list and the CLI). */
  maxHeadline: 140,
  /** A reason's most characters: one sentence, at most two lines under the headline. */
  maxReason: 240,
}

/** Lint: the type every language's lint words have. */
export type Lint = typeof lint
