// Request and response bodies for the synthetic log generator: JSON texts of realistic shapes and sizes (pods with
// managedFields, ConfigMaps holding scripts with characters Go escapes, leases, lists of tens of KB).
import type { Random } from './random.ts'

/** Bodies holds pre-rendered JSON texts by kind; the generator picks from them instead of rendering per event. */
export interface Bodies {
  pod: string[]
  configMap: string[]
  lease: string[]
  deployment: string[]
  event: string[]
  custom: string[]
  podList: string[]
  status: string[]
  patch: string[]
}

const j = JSON.stringify

/** goJson encodes like Go's encoding/json: `<`, `>` and `&` become \u003c, \u003e and \u0026. */
export function goJson(value: unknown): string {
  return j(value).replace(/[<>&]/g, (c) => '\\u00' + c.charCodeAt(0).toString(16).padStart(2, '0'))
}

function meta(r: Random, name: string, namespace: string, withManagedFields: boolean) {
  const m: Record<string, unknown> = {
    name,
    namespace,
    uid: `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`,
    resourceVersion: String(1000000 + r.int(9000000)),
    creationTimestamp: '2026-11-20T08:15:30Z',
    labels: {
      'app.kubernetes.io/name': name.split('-')[0],
      'app.kubernetes.io/managed-by': 'Helm',
      heritage: 'deckhouse',
    },
    annotations: { 'meta.helm.sh/release-name': name.split('-')[0], 'checksum/config': r.hex(64) },
  }
  if (withManagedFields) {
    m.managedFields = [
      {
        manager: 'kubectl-client-side-apply',
        operation: 'Update',
        apiVersion: 'v1',
        time: '2026-11-20T08:15:30Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
          'f:spec': { 'f:containers': {} },
        },
      },
    ]
  }
  return m
}

function container(r: Random, i: number) {
  return {
    name: `c${i}`,
    image: `registry.deckhouse.io/deckhouse/ce@sha256:${r.hex(64)}`,
    args: ['--v=2', `--listen-address=0.0.0.0:${8000 + i}`, '--leader-elect=true'],
    env: Array.from({ length: 2 + r.int(6) }, (_, k) => ({ name: `ENV_${k}`, value: r.hex(8 + r.int(24)) })),
    resources: { requests: { cpu: `${10 + r.int(200)}m`, memory: `${16 + r.int(512)}Mi` } },
    volumeMounts: [
      { name: 'kube-api-access', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
    ],
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
  }
}

function pod(r: Random, i: number) {
  const name = `app-${r.hex(5)}-${r.hex(5)}`
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: meta(r, name, `ns-${i % 7}`, true),
    spec: {
      containers: Array.from({ length: 1 + r.int(3) }, (_, k) => container(r, k)),
      nodeName: `node-${r.int(20)}`,
      serviceAccountName: 'default',
      tolerations: [
        {
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 300,
        },
      ],
    },
    status: { phase: 'Running', podIP: `10.111.${r.int(255)}.${r.int(255)}`, qosClass: 'Burstable' },
  }
}

const SCRIPT = [
  '#!/bin/sh\nif [ "$COUNT" -gt 1 ] && [ -f /tmp/ready ]; then echo "ready <ok>"; fi\n',
  'server {\n  listen 8080;\n  location / { return 200 "Grüße aus Köln — 日本語 ✓"; }\n}\n',
  '{"enabled": true, "threshold": 0.75, "labels": {"team": "platform"}}\n',
]

function configMap(r: Random, i: number) {
  const data: Record<string, string> = {}
  const keys = 1 + r.int(6)
  for (let k = 0; k < keys; k++) {
    let text = SCRIPT[(i + k) % SCRIPT.length]!
    const repeat = r.skewed(40)
    for (let n = 0; n < repeat; n++) text += `line ${n}: ${r.hex(40)}\n`
    data[`file-${k}.conf`] = text
  }
  return {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: meta(r, `config-${r.hex(6)}`, `ns-${i % 7}`, r.chance(0.5)),
    data,
  }
}

function lease(r: Random) {
  return {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    metadata: {
      name: `lease-${r.hex(6)}`,
      namespace: 'kube-node-lease',
      resourceVersion: String(r.int(1e8)),
    },
    spec: {
      holderIdentity: `node-${r.int(20)}`,
      leaseDurationSeconds: 40,
      renewTime: '2026-11-25T10:00:00.000000Z',
    },
  }
}

function deployment(r: Random, i: number) {
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: meta(r, `web-${r.hex(4)}`, `ns-${i % 7}`, true),
    spec: {
      replicas: 1 + r.int(5),
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [container(r, 0), container(r, 1)] },
      },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
    },
    status: {
      replicas: 2,
      readyReplicas: 2,
      conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }],
    },
  }
}

function coreEvent(r: Random) {
  return {
    kind: 'Event',
    apiVersion: 'v1',
    metadata: { name: `app.${r.hex(16)}`, namespace: 'default' },
    involvedObject: {
      kind: 'Pod',
      name: `app-${r.hex(5)}`,
      apiVersion: 'v1',
      fieldPath: 'spec.containers{app}',
    },
    reason: r.pick(['Pulled', 'Created', 'Started', 'BackOff', 'Unhealthy']),
    message: `Readiness probe failed: HTTP probe failed with statuscode: 503 "<html>" & more`,
    source: { component: 'kubelet', host: `node-${r.int(20)}` },
    count: 1 + r.int(50),
    type: 'Normal',
  }
}

function custom(r: Random) {
  return {
    apiVersion: 'deckhouse.io/v1alpha1',
    kind: 'ModuleConfig',
    metadata: {
      name: r.pick(['prometheus', 'cni-cilium', 'ingress-nginx', 'user-authn']),
      generation: 1 + r.int(9),
    },
    spec: {
      enabled: true,
      version: 1 + r.int(3),
      settings: { retentionDays: 15, storageClass: 'ceph-rbd', nested: { a: [1, 2.5, -3e2, null, true] } },
    },
  }
}

function podList(r: Random, pods: string[]) {
  const n = 5 + r.skewed(60)
  return `{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"${r.int(1e8)}"},"items":[${Array.from({ length: n }, () => r.pick(pods)).join(',')}]}`
}

/** makeBodies renders the pools of bodies for one seed. */
export function makeBodies(r: Random): Bodies {
  const pod_ = Array.from({ length: 40 }, (_, i) => goJson(pod(r, i)))
  return {
    pod: pod_,
    configMap: Array.from({ length: 40 }, (_, i) => goJson(configMap(r, i))),
    lease: Array.from({ length: 20 }, () => goJson(lease(r))),
    deployment: Array.from({ length: 20 }, (_, i) => goJson(deployment(r, i))),
    event: Array.from({ length: 20 }, () => goJson(coreEvent(r))),
    custom: Array.from({ length: 10 }, () => goJson(custom(r))),
    podList: Array.from({ length: 8 }, () => podList(r, pod_)),
    status: [
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"x","kind":"pods"}}',
    ],
    patch: Array.from({ length: 10 }, () =>
      goJson({
        metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-11-25T10:00:00Z' } },
        spec: { replicas: 1 + r.int(4) },
      }),
    ),
  }
}
