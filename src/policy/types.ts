import type { OwnFinding } from './ownFindings.ts'

/** Levels in increasing order of detail; anything else ranks like None. */
export const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const
/** Stages an event can be emitted at, in the order kube-apiserver validates them. */
export const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] as const

export type Level = (typeof LEVELS)[number]
export type Stage = (typeof STAGES)[number]

/** Which reader decides whether a policy loads: kube-apiserver's `--audit-policy-file`, or DKP's Secret hook. */
export type Target = 'kube-apiserver' | 'deckhouse'

/** GroupResources: `group` is always a string here; `""` is the core group. */
export interface GroupResources {
  group: string
  resources?: string[]
  resourceNames?: string[]
}

/**
 * PolicyRule as the API server reads it. `level` and stages are kept as written (possibly invalid) so that
 * validation can report them; an absent list and an empty list mean the same and are both `undefined` here.
 */
export interface PolicyRule {
  level: string
  users?: string[]
  userGroups?: string[]
  verbs?: string[]
  resources?: GroupResources[]
  namespaces?: string[]
  nonResourceURLs?: string[]
  omitStages?: string[]
  /** Tri-state: `undefined` inherits the policy value. */
  omitManagedFields?: boolean
  /** Free text kept as a YAML comment directly above the rule; not part of the API object. */
  note?: string
}

/** audit.k8s.io/v1 Policy (metadata is ignored by the API server and not kept). */
export interface Policy {
  omitStages?: string[]
  omitManagedFields?: boolean
  rules: PolicyRule[]
}

/** Request attributes the policy sees, in the shape of conformance/evaluation.json. */
export interface RequestAttributes {
  /** `null` for a request that failed authentication. */
  user: string | null
  groups: string[]
  verb: string
  resourceRequest: boolean
  apiGroup: string
  resource: string
  subresource: string
  namespace: string
  name: string
  path: string
}

/** What evaluatePolicy decides for one request. */
export interface EvaluationResult {
  level: string
  /** Deduplicated and sorted (kube-apiserver builds it as a set). */
  omitStages: string[]
  omitManagedFields: boolean
  /** 0-based index of the first matching rule, or null when none matched. */
  matchedRule: number | null
}

export type DiagnosticKind = 'Required' | 'Invalid' | 'NotSupported' | 'Empty' | 'Decode'
export type Severity = 'error' | 'warning' | 'info'

/** A position in the source text: 1-based line and column (in UTF-16 code units), 0-based offset. */
export interface SourcePosition {
  line: number
  column: number
  offset: number
}

export interface SourceRange {
  start: SourcePosition
  end: SourcePosition
}

/**
 * One finding about a policy. `path` uses the API server's syntax (`rules[3].resources.group`, no index where
 * the API server has none); `at` is the same place with every index, used to find the form field and the text.
 */
export interface Diagnostic {
  severity: Severity
  kind: DiagnosticKind
  path: string
  message: string
  at?: string
  range?: SourceRange
  /** Whose rule this is: the API server's loader, DKP's stricter reader, or our own hints. */
  source: 'kube-apiserver' | 'deckhouse' | 'import'
  /** The reason in plain words, where the API server's own message does not say it (a version fact), worded by src/i18n. */
  hint?: DiagnosticHint
  /** Lint's reason for a finding in one sentence, shown under the headline without expanding (worded by src/i18n). */
  reason?: string
  /** Further sentences shown on demand under the message (lint's details, worded by src/i18n). */
  details?: readonly string[]
  /** A long list the message refers to, shown on demand (worded by src/i18n). */
  items?: readonly string[]
  /**
   * For a finding in our own words (not the API server's): its code and parameters, which src/i18n words in the
   * active language (`message` keeps the English, for the CLI's --json).
   */
  own?: OwnFinding
}

/**
 * DiagnosticHint: a fact the API server's message leaves out, as a code with its parameters (src/i18n words it):
 * `group-star`: group "*" is a wildcard only from Kubernetes `since`; kube-apiserver `version` refuses it.
 */
export type DiagnosticHint = { code: 'group-star'; version: string; since: string }

export type { OwnDiagnosticCode, OwnFinding, OwnFindingOf } from './ownFindings.ts'
