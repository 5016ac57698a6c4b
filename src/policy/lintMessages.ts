// What every lint finding and fix says, as codes with parameters: the core speaks no language. src/i18n turns
// them into words (i18n/en/lint.ts, i18n/ru/lint.ts, picked by i18n/lint.ts). Rule indices are 0-based here.
import { builtinRef, type BuiltinRef, type BuiltinRule } from './dkpBuiltin.ts'
import type { SelectorField } from './containment.ts'
import type { DiagnosticHint, RequestAttributes } from './types.ts'

export { builtinRef, type BuiltinRef }

/** NarrowField: a list field of a user rule that a dkp-overlap fix may shorten. */
export type NarrowField = 'verbs' | 'namespaces' | 'users' | 'userGroups' | 'nonResourceURLs'

/** Narrowing: the values to remove from one list field of a user rule. */
export interface Narrowing {
  field: NarrowField
  values: readonly string[]
}

/** ResourceText: one resource pattern of an overlap: its group ("" core, "*" any), and the pattern. */
export interface ResourceText {
  group: string
  /** The pattern as a policy spells it (`pods`, `pods/log`, `pods/*`, …), or null for every resource of the group. */
  resource: string | null
  names?: readonly string[]
}

/** OverlapScope: the requests a user rule and a built-in rule both match, by what the built-in rule restricts. */
export interface OverlapScope {
  verbs?: readonly string[]
  resources?: readonly ResourceText[]
  namespaces?: readonly string[]
  users?: readonly string[]
  userGroups?: readonly string[]
  urls?: readonly string[]
}

/** OverlapPart: one built-in rule that decides part of a user rule's requests, and which part. */
export interface OverlapPart {
  builtin: BuiltinRef
  scope: OverlapScope
  /** The overlap lies in what the user rule spells out, rather than in what it leaves open. */
  explicit: boolean
}

/** ShadowHow: what makes the earlier rule wider, for the shadowed-rule message. */
export interface ShadowHow {
  same: boolean
  catchAll: boolean
  looser: SelectorField[]
  restricted: SelectorField[]
  wildcard?: string
}

/** RequestExample: a request a finding names, e.g. `get widgets.example.com in default`. */
export type RequestExample = Pick<
  RequestAttributes,
  'resourceRequest' | 'verb' | 'path' | 'resource' | 'subresource' | 'apiGroup' | 'namespace'
>

/** requestExample: what a finding keeps of a witness request. */
export function requestExample(r: RequestAttributes): RequestExample {
  const { resourceRequest, verb, path, resource, subresource, apiGroup, namespace } = r
  return { resourceRequest, verb, path, resource, subresource, apiGroup, namespace }
}

/**
 * LintSay: what a finding says, by code. `rule` is the 0-based index of the rule it is about, `by` the earlier
 * rule's; values are the policy's own (field names, verbs, groups: they stay literal in every language).
 */
export type LintSay =
  | { code: 'shadowed'; rule: number; by: number; how: ShadowHow }
  | { code: 'dkpShadowed'; rule: number; builtin: BuiltinRef; level: string }
  /** No one built-in rule covers the rule, but together (by number) they match every request it would. */
  | { code: 'dkpShadowedTogether'; rule: number; builtins: readonly BuiltinRef[]; level: string }
  | {
      /** The DKP built-in rules (parts, by number) that decide part of a rule's requests: one finding per rule. */
      code: 'dkpOverlap'
      rule: number
      level: string
      parts: readonly OverlapPart[]
      /** What the rule can leave out, changing no request's level (the fix), by field. */
      narrow?: readonly Narrowing[]
    }
  | { code: 'neverFires'; rule: number; by: number; added: readonly string[] }
  | { code: 'neverFiresBuiltin'; rule: number; builtin: BuiltinRef; added: readonly string[] }
  | { code: 'neverMeets'; rule: number; users: readonly string[]; userGroups: readonly string[] }
  | { code: 'execCreateOnly'; rule: number; named: readonly string[] }
  | { code: 'execGetOnly'; rule: number; named: readonly string[] }
  | { code: 'readVolume'; rule: number; level: string }
  | {
      code: 'versionRollback'
      version: string
      below: string
      /** The API server's own message on `below`, and the fact it leaves out (src/i18n words it). */
      error: string
      hint?: DiagnosticHint
      dkp: boolean
    }
  | { code: 'sensitive'; rule: number; level: string; what: readonly string[] }
  | { code: 'requestReceived'; rule: number; level: string }
  | { code: 'watchList'; rule: number; verbs: readonly string[] }
  | { code: 'noCatchAll'; example: RequestExample }
  | { code: 'noCatchAllDkp'; example: RequestExample; builtin: BuiltinRef }
  | {
      code: 'literalStar'
      field: string
      value: string
      canLeaveOut: boolean
      serviceAccountNamespace?: string
    }
  | { code: 'hiddenCharacters'; field: string; shown: string; codePoints: string }
  | { code: 'subresourcesNotCovered'; resource: string; subresources: readonly string[] }
  | { code: 'wildcardCoversParent'; resource: string }
  | { code: 'groupWithVersion'; group: string; fixed: string }
  | { code: 'urlStar'; url: string; fixed: string }

/** FixSay: what a one-click fix does, by code (`rule`/`by` 0-based as in LintSay). */
export type FixSay =
  | { code: 'moveUp'; rule: number; by: number }
  | { code: 'removeSame'; rule: number; by: number }
  | { code: 'removeSameRequests'; rule: number; by: number }
  | { code: 'removeRedundant'; rule: number; builtin: BuiltinRef }
  | { code: 'removeRedundantTogether'; rule: number; builtins: readonly BuiltinRef[]; level: string }
  | { code: 'narrow'; rule: number; narrow: readonly Narrowing[]; builtins: readonly BuiltinRef[] }
  | { code: 'addVerb'; rule: number; verb: string }
  | { code: 'sensitive'; rule: number; what: readonly string[] }
  | { code: 'sensitiveLower'; rule: number }
  | { code: 'requestReceived' }
  | { code: 'watchListLower'; rule: number }
  | { code: 'watchList'; rule: number; verbs: readonly string[] }
  | { code: 'catchAll' }
  | { code: 'literalStar'; field: string }
  | { code: 'hiddenCharacters'; field: string }
  | { code: 'subresources'; resource: string }
  | { code: 'group'; fixed: string }
  | { code: 'urlStar'; fixed: string }

/** LintCode: the code of every lint sentence. */
export type LintCode = LintSay['code']
/** FixCode: the code of every fix. */
export type FixCode = FixSay['code']

/** msg builds what every finding says; arguments are 0-based rule indices and the values to name. */
export const msg = {
  shadowed: (i: number, j: number, how: ShadowHow): LintSay => ({ code: 'shadowed', rule: j, by: i, how }),
  fixMoveUp: (i: number, j: number): FixSay => ({ code: 'moveUp', rule: j, by: i }),
  fixRemoveSame: (i: number, j: number): FixSay => ({ code: 'removeSame', rule: j, by: i }),
  fixRemoveSameRequests: (i: number, j: number): FixSay => ({ code: 'removeSameRequests', rule: j, by: i }),
  dkpShadowed: (j: number, b: BuiltinRule, level: string): LintSay => ({
    code: 'dkpShadowed',
    rule: j,
    builtin: builtinRef(b),
    level,
  }),
  dkpShadowedTogether: (j: number, bs: readonly BuiltinRule[], level: string): LintSay => ({
    code: 'dkpShadowedTogether',
    rule: j,
    builtins: bs.map(builtinRef),
    level,
  }),
  fixRemoveRedundant: (j: number, b: BuiltinRule): FixSay => ({
    code: 'removeRedundant',
    rule: j,
    builtin: builtinRef(b),
  }),
  fixRemoveRedundantTogether: (j: number, bs: readonly BuiltinRule[], level: string): FixSay => ({
    code: 'removeRedundantTogether',
    rule: j,
    builtins: bs.map(builtinRef),
    level,
  }),
  dkpOverlap(
    j: number,
    level: string,
    parts: readonly { builtin: BuiltinRule; scope: OverlapScope; explicit: boolean }[],
    narrow: readonly Narrowing[],
  ): LintSay {
    const say: LintSay = {
      code: 'dkpOverlap',
      rule: j,
      level,
      parts: parts.map((p) => ({ builtin: builtinRef(p.builtin), scope: p.scope, explicit: p.explicit })),
    }
    if (narrow.length > 0) say.narrow = narrow
    return say
  },
  fixNarrow: (j: number, narrow: readonly Narrowing[], by: readonly BuiltinRule[]): FixSay => ({
    code: 'narrow',
    rule: j,
    narrow,
    builtins: by.map(builtinRef),
  }),
  neverFires: (i: number, j: number, added: readonly string[]): LintSay => ({
    code: 'neverFires',
    rule: j,
    by: i,
    added,
  }),
  neverFiresBuiltin: (j: number, b: BuiltinRule, added: readonly string[]): LintSay => ({
    code: 'neverFiresBuiltin',
    rule: j,
    builtin: builtinRef(b),
    added,
  }),
  neverMeets: (j: number, rule: { users?: string[]; userGroups?: string[] }): LintSay => ({
    code: 'neverMeets',
    rule: j,
    users: rule.users ?? [],
    userGroups: rule.userGroups ?? [],
  }),
  execCreateOnly: (j: number, named: readonly string[]): LintSay => ({
    code: 'execCreateOnly',
    rule: j,
    named,
  }),
  execGetOnly: (j: number, named: readonly string[]): LintSay => ({ code: 'execGetOnly', rule: j, named }),
  fixAddVerb: (j: number, verb: string): FixSay => ({ code: 'addVerb', rule: j, verb }),
  readVolume: (j: number, level: string): LintSay => ({ code: 'readVolume', rule: j, level }),
  versionRollback: (
    version: string,
    below: string,
    error: string,
    hint: DiagnosticHint | undefined,
    dkp: boolean,
  ): LintSay => ({
    code: 'versionRollback',
    version,
    below,
    error,
    ...(hint ? { hint } : {}),
    dkp,
  }),
  sensitive: (j: number, level: string, what: readonly string[]): LintSay => ({
    code: 'sensitive',
    rule: j,
    level,
    what,
  }),
  fixSensitive: (j: number, what: readonly string[]): FixSay => ({ code: 'sensitive', rule: j, what }),
  requestReceived: (j: number, level: string): LintSay => ({ code: 'requestReceived', rule: j, level }),
  fixRequestReceived: (): FixSay => ({ code: 'requestReceived' }),
  watchList: (j: number, verbs: readonly string[]): LintSay => ({ code: 'watchList', rule: j, verbs }),
  fixSensitiveLower: (j: number): FixSay => ({ code: 'sensitiveLower', rule: j }),
  fixWatchListLower: (j: number): FixSay => ({ code: 'watchListLower', rule: j }),
  fixWatchList: (j: number, verbs: readonly string[]): FixSay => ({ code: 'watchList', rule: j, verbs }),
  noCatchAll: (example: RequestAttributes): LintSay => ({
    code: 'noCatchAll',
    example: requestExample(example),
  }),
  noCatchAllDkp: (example: RequestAttributes, b: BuiltinRule): LintSay => ({
    code: 'noCatchAllDkp',
    example: requestExample(example),
    builtin: builtinRef(b),
  }),
  fixCatchAll: (): FixSay => ({ code: 'catchAll' }),
  literalStar(field: string, value: string, canLeaveOut: boolean, serviceAccountNamespace?: string): LintSay {
    const say: LintSay = { code: 'literalStar', field, value, canLeaveOut }
    if (serviceAccountNamespace !== undefined) say.serviceAccountNamespace = serviceAccountNamespace
    return say
  },
  fixLiteralStar: (field: string): FixSay => ({ code: 'literalStar', field }),
  hiddenCharacters: (field: string, shown: string, codePoints: string): LintSay => ({
    code: 'hiddenCharacters',
    field,
    shown,
    codePoints,
  }),
  fixHiddenCharacters: (field: string): FixSay => ({ code: 'hiddenCharacters', field }),
  subresourcesNotCovered: (resource: string, subresources: readonly string[]): LintSay => ({
    code: 'subresourcesNotCovered',
    resource,
    subresources,
  }),
  fixSubresources: (resource: string): FixSay => ({ code: 'subresources', resource }),
  wildcardCoversParent: (resource: string): LintSay => ({ code: 'wildcardCoversParent', resource }),
  groupWithVersion: (group: string, fixed: string): LintSay => ({ code: 'groupWithVersion', group, fixed }),
  fixGroup: (fixed: string): FixSay => ({ code: 'group', fixed }),
  urlStar: (url: string, fixed: string): LintSay => ({ code: 'urlStar', url, fixed }),
  fixUrlStar: (fixed: string): FixSay => ({ code: 'urlStar', fixed }),
}
