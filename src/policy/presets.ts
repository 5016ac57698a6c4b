// Ready-made policies: the DKP documentation's examples as the documentation writes them, our corrected
// versions of those that do not do what they promise, and presets of our own. Pure data, each loads in
// kube-apiserver. A preset without `text` is in canonical form (serializePolicy → parsePolicy gives it back
// unchanged); a documentation example carries the documentation's own text, which reads as its `policy`.
// Titles, explanations and rule notes are user-facing words: the data holds codes, src/i18n the words
// (presetTexts.ts); a rule note becomes a YAML comment, part of the policy the user copies.
import type { Policy, PolicyRule } from './types.ts'

/**
 * Where a preset comes from: the DKP documentation's examples (as written), our corrections of those, or
 * one we designed.
 */
export type PresetKind = 'example' | 'corrected' | 'designed'

/** The codes of the presets' rule notes; src/i18n/en/presetTexts.ts has their words. */
export type PresetNoteCode =
  | 'serviceAccountsFirst'
  | 'subresourcesToo'
  | 'baselineHealth'
  | 'baselineNoise'
  | 'rbacInFull'
  | 'secretsMetadata'
  | 'otherWrites'
  | 'baselineRest'
  | 'securityNoise'
  | 'interactiveAccess'
  | 'securityChanges'
  | 'securityRest'
  | 'complementExec'
  | 'complementSecrets'
  | 'complementBindings'
  | 'complementCrds'
  | 'complementNamespaces'

/** A preset's rule: its note is a code (PresetNoteCode), turned into words by presetPolicy. */
export type PresetRule = Omit<PolicyRule, 'note'> & { note?: PresetNoteCode }

/** A preset's policy, with rule notes as codes. */
export type PresetPolicy = Omit<Policy, 'rules'> & { rules: PresetRule[] }

export interface Preset {
  /** Stable id, also the key of the preset's title and explanation in src/i18n. */
  id: PresetId
  kind: PresetKind
  /** The policy; rule notes hold codes (presetPolicy puts words in their place). */
  policy: PresetPolicy
  /** The text the preset loads as, when it is not the canonical text of `policy`: the documentation's YAML. */
  text?: string
  /** For a corrected preset: the documentation example it corrects. */
  corrects?: PresetId
}

export type PresetId =
  | 'authenticated'
  | 'notServiceAccounts'
  | 'standardResources'
  | 'notServiceAccountsFixed'
  | 'standardResourcesFixed'
  | 'minimal'
  | 'baseline'
  | 'security'
  | 'dkpComplement'

const WRITES = ['create', 'update', 'patch', 'delete', 'deletecollection']

const HEALTH_CHECKS = ['/healthz*', '/livez*', '/readyz*', '/version']

// The DKP documentation's examples, word for word (docs/documentation/pages/admin/configuration/security/
// KUBERNETES-API-AUDIT.md, "Examples"; docs/notes/dkp-doc-presets.md says what each does).
const DOC_AUTHENTICATED = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    userGroups: ["system:authenticated"]
`
const DOC_NOT_SERVICE_ACCOUNTS = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    userGroups: ["system:authenticated"]
    users: []
    omitStages: []
    # Exclude service accounts via a deny rule
  - level: None
    userGroups: ["system:serviceaccounts"]
`
const DOC_STANDARD_RESOURCES = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: "apps"
        resources: ["deployments", "daemonsets", "statefulsets", "replicasets"]
      - group: "batch"
        resources: ["jobs", "cronjobs"]
      - group: ""
        resources: ["*"]
`

/** PRESETS, in the order the menu shows them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'authenticated',
    kind: 'example',
    text: DOC_AUTHENTICATED,
    policy: { rules: [{ level: 'Metadata', userGroups: ['system:authenticated'] }] },
  },
  {
    id: 'notServiceAccounts',
    kind: 'example',
    text: DOC_NOT_SERVICE_ACCOUNTS,
    policy: {
      rules: [
        // users: [] and omitStages: [] read as left out (no list at all).
        { level: 'Metadata', userGroups: ['system:authenticated'] },
        { level: 'None', userGroups: ['system:serviceaccounts'] },
      ],
    },
  },
  {
    id: 'standardResources',
    kind: 'example',
    text: DOC_STANDARD_RESOURCES,
    policy: {
      rules: [
        {
          level: 'Metadata',
          resources: [
            { group: 'apps', resources: ['deployments', 'daemonsets', 'statefulsets', 'replicasets'] },
            { group: 'batch', resources: ['jobs', 'cronjobs'] },
            { group: '', resources: ['*'] },
          ],
        },
      ],
    },
  },
  {
    id: 'notServiceAccountsFixed',
    kind: 'corrected',
    corrects: 'notServiceAccounts',
    policy: {
      rules: [
        { note: 'serviceAccountsFirst', level: 'None', userGroups: ['system:serviceaccounts'] },
        { level: 'Metadata', userGroups: ['system:authenticated'] },
      ],
    },
  },
  {
    id: 'standardResourcesFixed',
    kind: 'corrected',
    corrects: 'standardResources',
    policy: {
      rules: [
        {
          note: 'subresourcesToo',
          level: 'Metadata',
          resources: [
            {
              group: 'apps',
              resources: ['deployments/*', 'daemonsets/*', 'statefulsets/*', 'replicasets/*'],
            },
            { group: 'batch', resources: ['jobs/*', 'cronjobs/*'] },
            { group: '', resources: ['*'] },
          ],
        },
      ],
    },
  },
  {
    id: 'minimal',
    kind: 'example',
    policy: { rules: [{ level: 'Metadata', omitStages: ['RequestReceived'] }] },
  },
  {
    id: 'baseline',
    kind: 'designed',
    policy: {
      omitStages: ['RequestReceived'],
      rules: [
        {
          note: 'baselineHealth',
          level: 'None',
          nonResourceURLs: HEALTH_CHECKS,
        },
        {
          note: 'baselineNoise',
          level: 'None',
          resources: [
            { group: '', resources: ['events', 'endpoints'] },
            { group: 'events.k8s.io', resources: ['events'] },
            { group: 'coordination.k8s.io', resources: ['leases'] },
            { group: 'discovery.k8s.io', resources: ['endpointslices'] },
          ],
        },
        {
          note: 'rbacInFull',
          level: 'RequestResponse',
          verbs: WRITES,
          resources: [
            {
              group: 'rbac.authorization.k8s.io',
              resources: ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
            },
          ],
        },
        {
          note: 'secretsMetadata',
          level: 'Metadata',
          resources: [
            { group: '', resources: ['secrets', 'configmaps', 'serviceaccounts/token'] },
            { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
          ],
        },
        {
          note: 'otherWrites',
          level: 'Request',
          verbs: WRITES,
        },
        {
          note: 'baselineRest',
          level: 'Metadata',
        },
      ],
    },
  },
  {
    id: 'security',
    kind: 'designed',
    policy: {
      omitStages: ['RequestReceived'],
      rules: [
        {
          note: 'securityNoise',
          level: 'None',
          resources: [
            { group: '', resources: ['events'] },
            { group: 'events.k8s.io', resources: ['events'] },
            { group: 'coordination.k8s.io', resources: ['leases'] },
          ],
        },
        {
          note: 'secretsMetadata',
          level: 'Metadata',
          resources: [
            { group: '', resources: ['secrets', 'configmaps', 'serviceaccounts/token'] },
            { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
          ],
        },
        {
          note: 'interactiveAccess',
          level: 'Request',
          resources: [
            {
              group: '',
              resources: [
                'pods/exec',
                'pods/attach',
                'pods/portforward',
                'pods/proxy',
                'pods/ephemeralcontainers',
                'services/proxy',
                'nodes/proxy',
              ],
            },
          ],
        },
        {
          note: 'securityChanges',
          level: 'RequestResponse',
          verbs: WRITES,
          resources: [
            {
              group: 'rbac.authorization.k8s.io',
              resources: ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
            },
            {
              group: 'admissionregistration.k8s.io',
              resources: [
                'mutatingwebhookconfigurations',
                'validatingwebhookconfigurations',
                'validatingadmissionpolicies',
                'validatingadmissionpolicybindings',
              ],
            },
            { group: 'apiextensions.k8s.io', resources: ['customresourcedefinitions'] },
            { group: 'apiregistration.k8s.io', resources: ['apiservices'] },
            {
              group: 'certificates.k8s.io',
              resources: ['certificatesigningrequests', 'certificatesigningrequests/approval'],
            },
          ],
        },
        {
          note: 'otherWrites',
          level: 'Request',
          verbs: WRITES,
        },
        {
          note: 'securityRest',
          level: 'Metadata',
        },
      ],
    },
  },
  {
    id: 'dkpComplement',
    kind: 'designed',
    policy: {
      rules: [
        {
          note: 'complementExec',
          level: 'Request',
          verbs: ['create', 'get'],
          resources: [{ group: '', resources: ['pods/exec', 'pods/portforward'] }],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'complementSecrets',
          level: 'Metadata',
          resources: [{ group: '', resources: ['secrets'] }],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'complementBindings',
          level: 'Request',
          verbs: ['create', 'update', 'patch', 'delete'],
          resources: [
            { group: 'rbac.authorization.k8s.io', resources: ['rolebindings', 'clusterrolebindings'] },
          ],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'complementCrds',
          level: 'Request',
          verbs: ['create', 'update', 'patch', 'delete'],
          resources: [
            { group: 'apiextensions.k8s.io', resources: ['customresourcedefinitions'] },
            {
              group: 'admissionregistration.k8s.io',
              resources: [
                'mutatingwebhookconfigurations',
                'validatingwebhookconfigurations',
                'validatingadmissionpolicies',
                'validatingadmissionpolicybindings',
              ],
            },
          ],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'complementNamespaces',
          level: 'Metadata',
          verbs: ['create', 'delete'],
          resources: [{ group: '', resources: ['namespaces'] }],
          omitStages: ['RequestReceived'],
        },
      ],
    },
  },
]

/** presetById finds a preset, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}

/**
 * presetPolicy is the preset's policy with its rule notes in words (`notes`: the active language's words for
 * each PresetNoteCode).
 */
export function presetPolicy(preset: Preset, notes: Readonly<Record<PresetNoteCode, string>>): Policy {
  return {
    ...preset.policy,
    rules: preset.policy.rules.map((r) => (r.note === undefined ? r : { ...r, note: notes[r.note] })),
  }
}
