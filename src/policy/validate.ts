// kube-apiserver's ValidatePolicy (k8s.io/apiserver pkg/apis/audit/validation), check for check and word for
// word: same order, same paths (no index where the API server has none), same de-duplication.
import { goJSONList, goJSONString, goQuote } from './gostrings.ts'
import {
  LEVELS,
  STAGES,
  type Diagnostic,
  type DiagnosticHint,
  type DiagnosticKind,
  type Policy,
  type PolicyRule,
} from './types.ts'
import {
  GROUP_WILDCARD_SINCE,
  groupWildcardAllowed,
  NEWEST_KUBERNETES_VERSION,
  type KubernetesVersion,
} from './versions.ts'

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS1123_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'
const DNS1123_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"

interface FieldError {
  kind: DiagnosticKind
  path: string
  /** The same place with every index, for locating it in forms and text. */
  at: string
  message: string
  hint?: DiagnosticHint
}

const utf8 = new TextEncoder()

/** groupErrors returns NameIsDNSSubdomain's messages for a group ("" and "*" are never checked). */
export function groupErrors(group: string): string[] {
  const msgs: string[] = []
  if (utf8.encode(group).length > 253) msgs.push('must be no more than 253 characters')
  if (!DNS1123_SUBDOMAIN.test(group)) {
    msgs.push(`${DNS1123_MSG} (e.g. 'example.com', regex used for validation is '${DNS1123_FMT}')`)
  }
  return msgs
}

function invalid(path: string, at: string, value: string, detail: string): FieldError {
  return { kind: 'Invalid', path, at, message: `${path}: Invalid value: ${value}: ${detail}` }
}

function validateOmitStages(stages: readonly string[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = []
  stages?.forEach((stage, i) => {
    if (!(STAGES as readonly string[]).includes(stage)) {
      const p = `${path}[${i}]`
      errs.push(invalid(p, p, goQuote(stage), `allowed stages are ${STAGES.join(',')}`))
    }
  })
  return errs
}

function validateRule(rule: PolicyRule, i: number, version: KubernetesVersion): FieldError[] {
  const base = `rules[${i}]`
  const errs: FieldError[] = []
  const level = rule.level
  if (level === '') {
    errs.push({
      kind: 'Required',
      path: `${base}.level`,
      at: `${base}.level`,
      message: `${base}.level: Required value`,
    })
  } else if (!(LEVELS as readonly string[]).includes(level)) {
    const supported = LEVELS.map((l) => `"${l}"`).join(', ')
    errs.push({
      kind: 'NotSupported',
      path: `${base}.level`,
      at: `${base}.level`,
      message: `${base}.level: Unsupported value: ${goJSONString(level)}: supported values: ${supported}`,
    })
  }
  rule.nonResourceURLs?.forEach((url, j) => {
    if (url === '*') return
    const p = `${base}.nonResourceURLs[${j}]`
    if (!url.startsWith('/'))
      errs.push(invalid(p, p, goQuote(url), "non-resource URL rules must begin with a '/' character"))
    if (url !== '' && url.slice(0, -1).includes('*')) {
      errs.push(
        invalid(p, p, goQuote(url), "non-resource URL wildcards '*' must be the final character of the rule"),
      )
    }
  })
  rule.resources?.forEach((gr, j) => {
    // Before 1.36, "*" is checked like any other group and fails the DNS-1123 check.
    if (gr.group !== '' && (gr.group !== '*' || !groupWildcardAllowed(version))) {
      const msgs = groupErrors(gr.group)
      if (msgs.length > 0) {
        const e = invalid(
          `${base}.resources.group`,
          `${base}.resources[${j}].group`,
          goQuote(gr.group),
          msgs.join(','),
        )
        if (gr.group === '*') e.hint = groupStarHint(version)
        errs.push(e)
      }
    }
    if ((gr.resourceNames?.length ?? 0) > 0 && (gr.resources?.length ?? 0) === 0) {
      errs.push(
        invalid(
          `${base}.resources.resourceNames`,
          `${base}.resources[${j}].resourceNames`,
          goJSONList(gr.resourceNames),
          'using resourceNames requires at least one resource',
        ),
      )
    }
  })
  errs.push(...validateOmitStages(rule.omitStages, `${base}.omitStages`))
  if (
    (rule.nonResourceURLs?.length ?? 0) > 0 &&
    ((rule.resources?.length ?? 0) > 0 || (rule.namespaces?.length ?? 0) > 0)
  ) {
    errs.push(
      invalid(
        `${base}.nonResourceURLs`,
        `${base}.nonResourceURLs`,
        goJSONList(rule.nonResourceURLs),
        'rules cannot apply to both regular resources and non-resource URLs',
      ),
    )
  }
  return errs
}

/** groupStarHint: why `group: "*"` fails before 1.36 (src/i18n words it). */
export const groupStarHint = (version: KubernetesVersion): DiagnosticHint => ({
  code: 'group-star',
  version,
  since: GROUP_WILDCARD_SINCE,
})

/** ValidateOptions: one finding per field (for forms); the kube-apiserver minor (default: the newest). */
export interface ValidateOptions {
  everyField?: boolean
  kubernetesVersion?: KubernetesVersion
}

/**
 * validatePolicy runs the API server's validation, as the given Kubernetes version does. Errors come in its
 * order; one whose full text was already reported is dropped, as ToAggregate does, unless `everyField` asks for
 * one per offending field (for forms). A policy with zero rules passes here (the loader rejects it later).
 */
export function validatePolicy(policy: Policy, options: ValidateOptions = {}): Diagnostic[] {
  const version = options.kubernetesVersion ?? NEWEST_KUBERNETES_VERSION
  const all = [
    ...validateOmitStages(policy.omitStages, 'omitStages'),
    ...policy.rules.flatMap((rule, i) => validateRule(rule, i, version)),
  ]
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const e of all) {
    if (!options.everyField && seen.has(e.message)) continue
    seen.add(e.message)
    const d: Diagnostic = {
      severity: 'error',
      kind: e.kind,
      path: e.path,
      at: e.at,
      message: e.message,
      source: 'kube-apiserver',
    }
    if (e.hint) d.hint = e.hint
    out.push(d)
  }
  return out
}
