// DKP's built-in ("basic") audit rules as DKP's control-plane-manager hook renders them (spec/deckhouse.md §4,
// plus the `pods/log` get rule the hook appends after rule 19 since DKP v1.77, deckhouse PR #20274). Numbers are
// positions in the rendered policy, so from 20 on they are one more than in DKP's AUDIT-RULES.md. The lists in
// rules 12 and 14 change with every DKP release and edition, so effectivePolicy also accepts the rules rendered by
// the cluster itself.
import type { PolicyRule } from './types.ts'
import { DKP_RELEASE } from './versions.ts'

/** Where these rules come from, shown next to them in the UI. */
export const DKP_BUILTIN_SOURCE = `DKP ${DKP_RELEASE}: deckhouse/deckhouse modules/040-control-plane-manager hooks/audit_policy.go (the pods/log rule after 19 from PR #20274), docs/AUDIT-RULES.md @01d285717e66, lists from hooks/audit_policy_basic_targets_generated.go @00f9d1154f83`

export interface BuiltinRule {
  /** The rule's number in the policy DKP renders (1–29). */
  number: number
  /** True for the rules this project ships (their titles are DKP's, worded in i18n/en/dkpBuiltin.ts). */
  shipped?: boolean
  /** The rule's own comment, for rules read from a policy the cluster rendered. */
  note?: string
  rule: PolicyRule
}

/** BuiltinRef: a DKP built-in rule as a finding names it (its number, level and where its title comes from). */
export interface BuiltinRef {
  number: number
  level: string
  /** The rule's own comment, when it comes from a policy the cluster rendered (else DKP's shipped title). */
  note?: string
  /** True for the rules this project ships (their titles are DKP's, in i18n/en/dkpBuiltin.ts). */
  shipped: boolean
}

/** builtinRef: what a finding keeps of a built-in rule. */
export function builtinRef(b: BuiltinRule): BuiltinRef {
  const ref: BuiltinRef = { number: b.number, level: b.rule.level, shipped: b.shipped === true }
  if (b.note !== undefined) ref.note = b.note
  return ref
}

const WRITE_VERBS = ['create', 'update', 'patch', 'delete']

/** Namespaces of DKP's rule 14 (system namespaces, writes logged at Metadata). */
export const DKP_SYSTEM_NAMESPACES = [
  'd8-admission-policy-engine',
  'd8-cert-manager',
  'd8-chrony',
  'd8-cloud-instance-manager',
  'd8-cloud-provider-aws',
  'd8-cloud-provider-azure',
  'd8-cloud-provider-dvp',
  'd8-cloud-provider-dynamix',
  'd8-cloud-provider-gcp',
  'd8-cloud-provider-huaweicloud',
  'd8-cloud-provider-openstack',
  'd8-cloud-provider-vcd',
  'd8-cloud-provider-vsphere',
  'd8-cloud-provider-yandex',
  'd8-cloud-provider-zvirt',
  'd8-cni-cilium',
  'd8-cni-flannel',
  'd8-cni-simple-bridge',
  'd8-csi-vsphere',
  'd8-descheduler',
  'd8-ingress-nginx',
  'd8-istio',
  'd8-keepalived',
  'd8-local-path-provisioner',
  'd8-log-shipper',
  'd8-metallb',
  'd8-monitoring',
  'd8-multitenancy-manager',
  'd8-network-gateway',
  'd8-okmeter',
  'd8-openvpn',
  'd8-operator-prometheus',
  'd8-service-with-healthchecks',
  'd8-system',
  'd8-upmeter',
  'd8-user-authn',
  'd8-user-authz',
  'kube-system',
]

/** Service accounts of DKP's rule 12, by namespace (the user name is system:serviceaccount:<ns>:<name>). */
const DKP_SERVICE_ACCOUNTS: Record<string, string[]> = {
  'd8-cert-manager': ['cainjector', 'cert-manager', 'webhook'],
  'd8-chrony': ['chrony-exporter', 'chrony-exporter-master'],
  'd8-cloud-instance-manager': [
    'caps-controller-manager',
    'cluster-autoscaler',
    'cluster-autoscaler-mcm',
    'early-oom',
    'fencing-agent',
    'machine-controller-manager',
    'node-controller',
    'node-feature-discovery-gc',
    'node-feature-discovery-master',
    'node-feature-discovery-worker',
    'node-group',
    'node-group-exporter',
    'nvidia-dcgm-exporter',
    'nvidia-device-plugin',
    'nvidia-gpu-feature-discovery',
    'nvidia-mig-manager',
    'registry-packages-proxy',
  ],
  'd8-cloud-provider-aws': ['cloud-controller-manager', 'cloud-data-discoverer', 'node-termination-handler'],
  'd8-cloud-provider-azure': ['cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cloud-provider-dvp': ['capdvp-controller-manager', 'cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cloud-provider-dynamix': [
    'capd-controller-manager',
    'cloud-controller-manager',
    'cloud-data-discoverer',
  ],
  'd8-cloud-provider-gcp': ['cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cloud-provider-huaweicloud': [
    'caphc-controller-manager',
    'cloud-controller-manager',
    'cloud-data-discoverer',
  ],
  'd8-cloud-provider-openstack': ['cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cloud-provider-vcd': [
    'capcd-controller-manager',
    'cloud-controller-manager',
    'cloud-data-discoverer',
    'infra-controller-manager',
  ],
  'd8-cloud-provider-vsphere': ['cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cloud-provider-yandex': [
    'capyandex-controller-manager',
    'cloud-controller-manager',
    'cloud-data-discoverer',
    'cloud-metrics-exporter',
  ],
  'd8-cloud-provider-zvirt': ['capz-controller-manager', 'cloud-controller-manager', 'cloud-data-discoverer'],
  'd8-cni-cilium': ['agent', 'egress-gateway-agent', 'operator', 'relay', 'safe-agent-updater', 'ui'],
  'd8-cni-flannel': ['cni-flannel'],
  'd8-cni-simple-bridge': ['cni-simple-bridge'],
  'd8-csi-vsphere': ['cloud-data-discoverer'],
  'd8-descheduler': ['descheduler'],
  'd8-ingress-nginx': [
    'failover-cleaner',
    'geoproxy',
    'ingress-nginx',
    'kruise',
    'validator',
    'validator-full',
  ],
  'd8-istio': [
    'alliance-ingressgateway',
    'alliance-metadata-exporter',
    'cni',
    'ingress-gateway-controller',
    'kiali',
    'multicluster-api-proxy',
    'multicluster-metrics-exporter',
    'ztunnel',
  ],
  'd8-local-path-provisioner': ['local-path-provisioner'],
  'd8-log-shipper': ['log-shipper'],
  'd8-metallb': ['controller', 'l2lb-controller', 'l2lb-speaker', 'speaker'],
  'd8-monitoring': [
    'aggregating-proxy',
    'alertmanager-internal',
    'alerts-receiver',
    'control-plane-proxy',
    'events-exporter',
    'extended-monitoring-exporter',
    'grafana',
    'image-availability-exporter',
    'kube-state-metrics',
    'loki',
    'monitoring-ping',
    'node-exporter',
    'oom-kills-exporter',
    'prometheus',
    'trickster',
    'x509-certificate-exporter',
  ],
  'd8-multitenancy-manager': ['multitenancy-manager'],
  'd8-openvpn': ['openvpn'],
  'd8-operator-prometheus': ['operator-prometheus'],
  'd8-service-with-healthchecks': ['agent', 'controller'],
  'd8-system': [
    'deckhouse',
    'documentation',
    'network-policy-engine',
    'registry-nodeservices',
    'terraform-auto-converger',
    'terraform-state-exporter',
    'webhook-handler',
  ],
  'd8-upmeter': ['smoke-mini', 'upmeter', 'upmeter-agent'],
  'd8-user-authn': ['basic-auth-proxy', 'dex'],
  'd8-user-authz': ['permission-browser-apiserver', 'webhook'],
  'kube-system': [
    'd8-control-plane-manager',
    'd8-kube-dns',
    'd8-kube-proxy',
    'd8-node-local-dns',
    'd8-vertical-pod-autoscaler-admission-controller',
    'd8-vertical-pod-autoscaler-recommender',
    'd8-vertical-pod-autoscaler-updater',
    'node-local-dns-safe-updater',
    'stale-dns-connections-cleaner',
  ],
}

/** The user names of rule 12, in DKP's (sorted) order. */
export const DKP_SYSTEM_SERVICE_ACCOUNTS = Object.entries(DKP_SERVICE_ACCOUNTS).flatMap(([ns, names]) =>
  names.map((n) => `system:serviceaccount:${ns}:${n}`),
)

const core = (...resources: string[]) => ({ group: '', resources })

/** Rules 1–26: they come before the user's rules, so whatever they match, a user rule cannot change. */
export const DKP_BUILTIN_HEAD: BuiltinRule[] = [
  {
    number: 1,
    shipped: true,
    rule: { level: 'None', resources: [core('endpoints', 'endpointslices', 'events')] },
  },
  {
    number: 2,
    shipped: true,
    rule: { level: 'None', resources: [{ group: 'coordination.k8s.io', resources: ['leases'] }] },
  },
  {
    number: 3,
    shipped: true,
    rule: {
      level: 'None',
      resources: [
        {
          group: '',
          resources: ['configmaps'],
          resourceNames: ['cert-manager-cainjector-leader-election', 'cert-manager-controller'],
        },
      ],
    },
  },
  {
    number: 4,
    shipped: true,
    rule: {
      level: 'None',
      resources: [{ group: 'autoscaling.k8s.io', resources: ['verticalpodautoscalercheckpoints'] }],
    },
  },
  {
    number: 5,
    shipped: true,
    rule: {
      level: 'None',
      users: ['system:serviceaccount:kube-system:d8-vertical-pod-autoscaler-recommender'],
      verbs: ['patch'],
      resources: [{ group: 'autoscaling.k8s.io', resources: ['verticalpodautoscalers'] }],
    },
  },
  {
    number: 6,
    shipped: true,
    rule: { level: 'None', resources: [{ group: 'deckhouse.io', resources: ['upmeterhookprobes'] }] },
  },
  { number: 7, shipped: true, rule: { level: 'None', namespaces: ['d8-upmeter'] } },
  {
    number: 8,
    shipped: true,
    rule: {
      level: 'None',
      users: ['system:serviceaccount:d8-ingress-nginx:ingress-nginx'],
      verbs: ['update'],
      resources: [core('configmaps')],
      namespaces: ['d8-ingress-nginx'],
    },
  },
  {
    number: 9,
    shipped: true,
    rule: {
      level: 'None',
      users: ['system:serviceaccount:d8-user-authn:dex'],
      verbs: ['create', 'delete'],
      resources: [{ group: 'dex.coreos.com', resources: ['authrequests'] }],
      namespaces: ['d8-user-authn'],
    },
  },
  {
    number: 10,
    shipped: true,
    rule: { level: 'RequestResponse', verbs: ['create', 'delete'], resources: [core('nodes')] },
  },
  {
    number: 11,
    shipped: true,
    rule: { level: 'Metadata', resources: [core('pods/log')] },
  },
  {
    number: 12,
    shipped: true,
    rule: {
      level: 'Metadata',
      users: DKP_SYSTEM_SERVICE_ACCOUNTS,
      userGroups: ['system:serviceaccounts'],
      verbs: WRITE_VERBS,
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 13,
    shipped: true,
    rule: {
      level: 'Request',
      verbs: ['create', 'delete', 'patch', 'update'],
      resources: [core('pods')],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 14,
    shipped: true,
    rule: {
      level: 'Metadata',
      verbs: WRITE_VERBS,
      namespaces: DKP_SYSTEM_NAMESPACES,
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 15,
    shipped: true,
    rule: { level: 'Metadata', verbs: ['list'] },
  },
  {
    number: 16,
    shipped: true,
    rule: {
      level: 'Metadata',
      verbs: ['create', 'delete'],
      resources: [core('serviceaccounts')],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 17,
    shipped: true,
    rule: {
      level: 'Request',
      verbs: ['create', 'update', 'delete', 'patch'],
      resources: [{ group: 'rbac.authorization.k8s.io', resources: ['roles', 'clusterroles'] }],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 18,
    shipped: true,
    rule: {
      level: 'Request',
      verbs: ['create', 'update', 'delete'],
      resources: [{ group: 'rbac.authorization.k8s.io', resources: ['clusterrolebindings'] }],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 19,
    shipped: true,
    rule: {
      level: 'Request',
      verbs: ['get', 'patch', 'create'],
      resources: [core('pods/attach', 'pods/ephemeralcontainers')],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 20,
    shipped: true,
    rule: {
      level: 'Request',
      verbs: ['get'],
      resources: [core('pods/log')],
      omitStages: ['RequestReceived'],
    },
  },
  {
    number: 21,
    shipped: true,
    rule: {
      level: 'RequestResponse',
      verbs: ['create'],
      resources: [{ group: 'virtualization.deckhouse.io', resources: ['virtualmachineoperations'] }],
    },
  },
  {
    number: 22,
    shipped: true,
    rule: { level: 'Metadata', verbs: WRITE_VERBS, resources: [{ group: 'virtualization.deckhouse.io' }] },
  },
  {
    number: 23,
    shipped: true,
    rule: {
      level: 'Metadata',
      verbs: ['update', 'patch'],
      resources: [
        {
          group: 'internal.virtualization.deckhouse.io',
          resources: ['internalvirtualizationvirtualmachineinstances'],
        },
      ],
    },
  },
  {
    number: 24,
    shipped: true,
    rule: {
      level: 'Metadata',
      verbs: ['get'],
      resources: [{ group: 'subresources.virtualization.deckhouse.io' }],
    },
  },
  {
    number: 25,
    shipped: true,
    rule: { level: 'Metadata', verbs: WRITE_VERBS, resources: [core('pods')] },
  },
  {
    number: 26,
    shipped: true,
    rule: { level: 'Metadata', verbs: WRITE_VERBS, namespaces: ['d8-virtualization'] },
  },
  {
    number: 27,
    shipped: true,
    rule: {
      level: 'Metadata',
      verbs: WRITE_VERBS,
      resources: [{ group: 'deckhouse.io', resources: ['moduleconfigs'] }],
    },
  },
]

/** Rules 28–29: after the user's rules; any authenticated request nobody matched is not logged. */
export const DKP_BUILTIN_TAIL: BuiltinRule[] = [
  {
    number: 28,
    shipped: true,
    rule: { level: 'None', userGroups: ['system:authenticated'] },
  },
  { number: 29, shipped: true, rule: { level: 'Metadata' } },
]
