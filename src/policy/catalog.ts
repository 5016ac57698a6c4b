// The bundled catalog behind the form's suggestions: built-in users and groups, verbs, API groups with their
// resources and subresources (built-in Kubernetes and DKP APIs), namespaces, common non-resource URLs. Pure
// data; nothing is fetched. Suggestions only: free text is always accepted.
import { DKP_SYSTEM_NAMESPACES, DKP_SYSTEM_SERVICE_ACCOUNTS } from './dkpBuiltin.ts'
import { STAGES } from './types.ts'

import { NON_RESOURCE_VERBS, RESOURCE_VERBS } from './verbs.ts'

export { RESOURCE_VERBS, NON_RESOURCE_VERBS }

/** WRITE_VERBS are the resource verbs that change objects. */
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'] as const

/** READ_VERBS are the resource verbs that only read. */
export const READ_VERBS = ['get', 'list', 'watch'] as const

/** OMIT_STAGE_VALUES are the stages omitStages accepts. */
export const OMIT_STAGE_VALUES: readonly string[] = STAGES

/** BUILTIN_GROUPS are the user groups Kubernetes itself assigns. */
export const BUILTIN_GROUPS = [
  'system:authenticated',
  'system:unauthenticated',
  'system:serviceaccounts',
  'system:masters',
  'system:nodes',
  'system:bootstrappers',
  'system:monitoring',
] as const

/** BUILTIN_USERS are well-known user names of control-plane components and anonymous access. */
export const BUILTIN_USERS = [
  'system:anonymous',
  'system:apiserver',
  'system:kube-controller-manager',
  'system:kube-scheduler',
  'system:kube-proxy',
  'kubernetes-admin',
] as const

/** COMMON_NAMESPACES are namespaces every cluster has. */
export const COMMON_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const

/** One API group with the resources it serves; subresources are written `resource/subresource`. */
export interface ApiGroupEntry {
  /** `""` is the core group. */
  group: string
  /** `kubernetes` for built-in Kubernetes APIs, `deckhouse` for DKP's. */
  origin: 'kubernetes' | 'deckhouse'
  resources: readonly string[]
}

const k8s = (group: string, resources: string[]): ApiGroupEntry => ({
  group,
  origin: 'kubernetes',
  resources,
})
const dkp = (group: string, resources: string[]): ApiGroupEntry => ({ group, origin: 'deckhouse', resources })

/** API_GROUPS lists the built-in Kubernetes API groups and the DKP groups its built-in rules and users touch. */
export const API_GROUPS: readonly ApiGroupEntry[] = [
  k8s('', [
    'pods',
    'pods/exec',
    'pods/attach',
    'pods/portforward',
    'pods/log',
    'pods/proxy',
    'pods/status',
    'pods/binding',
    'pods/eviction',
    'pods/ephemeralcontainers',
    'pods/resize',
    'pods/*',
    'services',
    'services/proxy',
    'services/status',
    'endpoints',
    'configmaps',
    'secrets',
    'serviceaccounts',
    'serviceaccounts/token',
    'namespaces',
    'namespaces/status',
    'namespaces/finalize',
    'nodes',
    'nodes/proxy',
    'nodes/status',
    'persistentvolumes',
    'persistentvolumeclaims',
    'persistentvolumeclaims/status',
    'events',
    'limitranges',
    'resourcequotas',
    'resourcequotas/status',
    'replicationcontrollers',
    'replicationcontrollers/scale',
    'podtemplates',
    'bindings',
    'componentstatuses',
  ]),
  k8s('apps', [
    'deployments',
    'deployments/scale',
    'deployments/status',
    'statefulsets',
    'statefulsets/scale',
    'daemonsets',
    'replicasets',
    'replicasets/scale',
    'controllerrevisions',
  ]),
  k8s('batch', ['jobs', 'jobs/status', 'cronjobs', 'cronjobs/status']),
  k8s('autoscaling', ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
  k8s('policy', ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
  k8s('networking.k8s.io', [
    'networkpolicies',
    'ingresses',
    'ingresses/status',
    'ingressclasses',
    'ipaddresses',
    'servicecidrs',
  ]),
  k8s('discovery.k8s.io', ['endpointslices']),
  k8s('rbac.authorization.k8s.io', ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings']),
  k8s('authentication.k8s.io', ['tokenreviews', 'selfsubjectreviews']),
  k8s('authorization.k8s.io', [
    'subjectaccessreviews',
    'selfsubjectaccessreviews',
    'selfsubjectrulesreviews',
    'localsubjectaccessreviews',
  ]),
  k8s('certificates.k8s.io', [
    'certificatesigningrequests',
    'certificatesigningrequests/approval',
    'certificatesigningrequests/status',
  ]),
  k8s('coordination.k8s.io', ['leases']),
  k8s('storage.k8s.io', [
    'storageclasses',
    'volumeattachments',
    'csidrivers',
    'csinodes',
    'csistoragecapacities',
  ]),
  k8s('admissionregistration.k8s.io', [
    'mutatingwebhookconfigurations',
    'validatingwebhookconfigurations',
    'validatingadmissionpolicies',
    'validatingadmissionpolicybindings',
  ]),
  k8s('apiextensions.k8s.io', ['customresourcedefinitions', 'customresourcedefinitions/status']),
  k8s('apiregistration.k8s.io', ['apiservices', 'apiservices/status']),
  k8s('scheduling.k8s.io', ['priorityclasses']),
  k8s('node.k8s.io', ['runtimeclasses']),
  k8s('flowcontrol.apiserver.k8s.io', ['flowschemas', 'prioritylevelconfigurations']),
  k8s('events.k8s.io', ['events']),
  k8s('resource.k8s.io', ['resourceclaims', 'resourceclaimtemplates', 'deviceclasses', 'resourceslices']),
  k8s('metrics.k8s.io', ['pods', 'nodes']),
  dkp('deckhouse.io', [
    'moduleconfigs',
    'modules',
    'modulesources',
    'moduleupdatepolicies',
    'modulereleases',
    'deckhousereleases',
    'nodegroups',
    'nodegroupconfigurations',
    'staticinstances',
    'sshcredentials',
    'instances',
    'ingressnginxcontrollers',
    'users',
    'groups',
    'dexproviders',
    'dexauthenticators',
    'clusterauthorizationrules',
    'authorizationrules',
    'projects',
    'projecttemplates',
    'upmeterhookprobes',
  ]),
  dkp('virtualization.deckhouse.io', [
    'virtualmachines',
    'virtualmachineoperations',
    'virtualdisks',
    'virtualimages',
    'clustervirtualimages',
    'virtualmachineipaddresses',
    'virtualmachineblockdeviceattachments',
  ]),
  dkp('subresources.virtualization.deckhouse.io', [
    'virtualmachines/console',
    'virtualmachines/vnc',
    'virtualmachines/portforward',
  ]),
  dkp('internal.virtualization.deckhouse.io', ['internalvirtualizationvirtualmachineinstances']),
  dkp('autoscaling.k8s.io', ['verticalpodautoscalers', 'verticalpodautoscalercheckpoints']),
  dkp('cert-manager.io', ['certificates', 'certificaterequests', 'issuers', 'clusterissuers']),
  dkp('dex.coreos.com', ['authrequests']),
  dkp('monitoring.coreos.com', ['prometheuses', 'prometheusrules', 'servicemonitors', 'podmonitors']),
]

/** COMMON_NON_RESOURCE_URLS are paths worth matching: health checks, discovery, metrics (`*` only at the end). */
export const COMMON_NON_RESOURCE_URLS = [
  '/healthz*',
  '/livez*',
  '/readyz*',
  '/version',
  '/metrics',
  '/openapi*',
  '/api*',
  '/apis*',
  '/logs*',
  '*',
] as const

const unique = (values: Iterable<string>) => [...new Set(values)]

/** namespaceSuggestions: the common namespaces, then DKP's system namespaces (kube-system and d8-*). */
export function namespaceSuggestions(): string[] {
  return unique([...COMMON_NAMESPACES, ...DKP_SYSTEM_NAMESPACES])
}

/** groupSuggestions: the built-in groups, then `system:serviceaccounts:<ns>` for each known namespace. */
export function groupSuggestions(): string[] {
  return unique([...BUILTIN_GROUPS, ...namespaceSuggestions().map((ns) => `system:serviceaccounts:${ns}`)])
}

/** userSuggestions: built-in users, then DKP's system service accounts. */
export function userSuggestions(): string[] {
  return unique([...BUILTIN_USERS, ...DKP_SYSTEM_SERVICE_ACCOUNTS])
}

/** verbSuggestions: HTTP verbs when the rule matches non-resource URLs, resource verbs otherwise. */
export function verbSuggestions(nonResource: boolean): string[] {
  return nonResource ? [...NON_RESOURCE_VERBS] : [...RESOURCE_VERBS]
}

/** apiGroupSuggestions: every catalogued group name, the core group (`""`) first. */
export function apiGroupSuggestions(): string[] {
  return API_GROUPS.map((g) => g.group)
}

/** resourceSuggestions: the resources of `group` when it is catalogued, else every catalogued resource. */
export function resourceSuggestions(group: string): string[] {
  const entry = API_GROUPS.find((g) => g.group === group)
  if (entry) return [...entry.resources]
  return unique(API_GROUPS.flatMap((g) => g.resources))
}

/** apiGroupOrigin says whose API a group is, or undefined when it is not in the catalog. */
export function apiGroupOrigin(group: string): ApiGroupEntry['origin'] | undefined {
  return API_GROUPS.find((g) => g.group === group)?.origin
}
