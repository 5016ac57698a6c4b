// Ready-made policies: the DKP documentation's examples and presets of our own. Pure data: each is already in
// canonical form (serializePolicy → parsePolicy gives it back unchanged), and each loads in kube-apiserver.
// Titles and explanations are user-facing text and live in src/i18n; rule notes are YAML comments, part of
// the policy the user copies.
import type { Policy } from './types.ts'

/** Where a preset comes from: the seed document's (DKP docs') examples, or one we designed. */
export type PresetKind = 'example' | 'designed'

export interface Preset {
  /** Stable id, also the key of the preset's title and explanation in src/i18n. */
  id: PresetId
  kind: PresetKind
  policy: Policy
}

export type PresetId =
  | 'authenticated'
  | 'notServiceAccounts'
  | 'standardResources'
  | 'minimal'
  | 'baseline'
  | 'security'
  | 'dkpComplement'

const WRITES = ['create', 'update', 'patch', 'delete', 'deletecollection']

/** STANDARD_API_GROUPS: the "standard resources" of the DKP docs' example, core group first. */
export const STANDARD_API_GROUPS = [
  '',
  'apps',
  'batch',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'policy',
  'storage.k8s.io',
  'autoscaling',
  'coordination.k8s.io',
  'discovery.k8s.io',
]

const HEALTH_CHECKS = ['/healthz*', '/livez*', '/readyz*', '/version']

/** PRESETS, in the order the menu shows them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'authenticated',
    kind: 'example',
    policy: { rules: [{ level: 'Metadata', userGroups: ['system:authenticated'] }] },
  },
  {
    id: 'notServiceAccounts',
    kind: 'example',
    policy: {
      rules: [{ level: 'None', userGroups: ['system:serviceaccounts'] }, { level: 'Metadata' }],
    },
  },
  {
    id: 'standardResources',
    kind: 'example',
    policy: { rules: [{ level: 'Metadata', resources: STANDARD_API_GROUPS.map((group) => ({ group })) }] },
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
          note: 'Health checks and version probes: frequent and uninteresting.',
          level: 'None',
          nonResourceURLs: HEALTH_CHECKS,
        },
        {
          note: 'Noise: events, leader-election leases and endpoints change all the time.',
          level: 'None',
          resources: [
            { group: '', resources: ['events', 'endpoints'] },
            { group: 'events.k8s.io', resources: ['events'] },
            { group: 'coordination.k8s.io', resources: ['leases'] },
            { group: 'discovery.k8s.io', resources: ['endpointslices'] },
          ],
        },
        {
          note: 'RBAC changes in full: who granted what to whom.',
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
          note: 'Secrets, ConfigMaps and tokens: metadata only, so their contents never reach the log.',
          level: 'Metadata',
          resources: [
            { group: '', resources: ['secrets', 'configmaps', 'serviceaccounts/token'] },
            { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
          ],
        },
        {
          note: 'Every other write, with the request body.',
          level: 'Request',
          verbs: WRITES,
        },
        {
          note: 'Everything else (reads, unauthenticated requests): metadata.',
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
          note: 'Only pure noise is dropped: events and leader-election leases.',
          level: 'None',
          resources: [
            { group: '', resources: ['events'] },
            { group: 'events.k8s.io', resources: ['events'] },
            { group: 'coordination.k8s.io', resources: ['leases'] },
          ],
        },
        {
          note: 'Secrets, ConfigMaps and tokens: metadata only, so their contents never reach the log.',
          level: 'Metadata',
          resources: [
            { group: '', resources: ['secrets', 'configmaps', 'serviceaccounts/token'] },
            { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
          ],
        },
        {
          note: 'Interactive access to workloads and nodes: exec, attach, port-forward, proxy.',
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
          note: 'Changes to who may do what, and to what the API server runs, in full.',
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
          note: 'Every other write, with the request body.',
          level: 'Request',
          verbs: WRITES,
        },
        {
          note: 'Every read and every unauthenticated request, at least its metadata.',
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
          note: 'Shells and tunnels into pods (DKP logs attach, not exec or port-forward).',
          level: 'Request',
          verbs: ['create', 'get'],
          resources: [{ group: '', resources: ['pods/exec', 'pods/portforward'] }],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'Reading and changing Secrets (DKP only catches LIST), without their contents.',
          level: 'Metadata',
          resources: [{ group: '', resources: ['secrets'] }],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'RoleBindings and ClusterRoleBinding patches (DKP logs roles and some ClusterRoleBinding changes).',
          level: 'Request',
          verbs: ['create', 'update', 'patch', 'delete'],
          resources: [
            { group: 'rbac.authorization.k8s.io', resources: ['rolebindings', 'clusterrolebindings'] },
          ],
          omitStages: ['RequestReceived'],
        },
        {
          note: 'CRDs, admission webhooks and policies: they change what the cluster accepts.',
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
          note: 'Namespaces created or deleted.',
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
