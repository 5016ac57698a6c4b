// Strings of the presets that the core names by code: the notes of their rules (YAML comments above each rule
// of a loaded preset) and the presets beyond those of en.ts (the documentation's examples, corrected). Part of
// `en` (en.ts), under the key `presetTexts`.
import type { PresetId, PresetNoteCode } from '../../policy/presets.ts'

type Described = { title: string; description: string }

export const presetTexts = {
  corrected: 'The documentation’s examples, corrected',
  items: {
    notServiceAccountsFixed: {
      title: 'Requests not from service accounts, in the order that works',
      description:
        'The service-account rule moved above the Metadata rule: every service account is also in system:authenticated, so in the documentation’s order the None rule never fires. The empty users and omitStages lists, which change nothing, are left out.',
    },
    standardResourcesFixed: {
      title: 'Standard resources with their subresources',
      description:
        'deployments/*, jobs/* and the like instead of deployments, jobs: the documentation’s list leaves out subresources, so kubectl scale (deployments/scale) and status updates go unlogged.',
    },
  } satisfies Partial<Record<PresetId, Described>>,
  notes: {
    serviceAccountsFirst:
      'Service accounts first: they are also in system:authenticated, so below the Metadata rule this rule would never fire.',
    subresourcesToo:
      'deployments/* matches deployments and its subresources (scale, status); deployments alone leaves them out.',
    baselineHealth: 'Health checks and version probes: frequent and uninteresting.',
    baselineNoise: 'Noise: events, leader-election leases and endpoints change all the time.',
    rbacInFull: 'RBAC changes in full: who granted what to whom.',
    secretsMetadata: 'Secrets, ConfigMaps and tokens: metadata only, so their contents never reach the log.',
    otherWrites: 'Every other write, with the request body.',
    baselineRest: 'Everything else (reads, unauthenticated requests): metadata.',
    securityNoise: 'Only pure noise is dropped: events and leader-election leases.',
    interactiveAccess: 'Interactive access to workloads and nodes: exec, attach, port-forward, proxy.',
    securityChanges: 'Changes to who may do what, and to what the API server runs, in full.',
    securityRest: 'Every read and every unauthenticated request, at least its metadata.',
    complementExec: 'Shells and tunnels into pods (DKP logs attach, not exec or port-forward).',
    complementSecrets: 'Reading and changing Secrets (DKP only catches LIST), without their contents.',
    complementBindings:
      'RoleBindings and ClusterRoleBinding patches (DKP logs roles and some ClusterRoleBinding changes).',
    complementCrds: 'CRDs, admission webhooks and policies: they change what the cluster accepts.',
    complementNamespaces: 'Namespaces created or deleted.',
  } satisfies Record<PresetNoteCode, string>,
}
