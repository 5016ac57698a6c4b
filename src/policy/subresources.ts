// The subresources kube-apiserver serves for built-in resources people audit, as its REST storage registers
// them (`storage[resource+"/scale"] = …` in kubernetes/pkg/registry/<group>/rest/storage_<group>.go). A rule
// that lists `deployments` does not match `deployments/scale`: lint says so (lint-fields.ts). Sources and the
// version facts are in docs/notes/subresources.md.
import { versionAtLeast, type KubernetesVersion } from './versions.ts'

/** A subresource, and the first minor whose kube-apiserver serves it by default (absent: every supported one). */
interface Sub {
  name: string
  since?: KubernetesVersion
}

/** One resource's group and subresources, in the order kube-apiserver's storage registers them. */
interface Known {
  group: string
  subresources: readonly Sub[]
}

const subs = (...names: Array<string | Sub>): Sub[] =>
  names.map((n) => (typeof n === 'string' ? { name: n } : n))

/** KNOWN: built-in resources with subresources (resource name → its group and subresources). */
const KNOWN: Readonly<Record<string, Known>> = {
  // core (pkg/registry/core/rest/storage_core.go)
  pods: {
    group: '',
    subresources: subs(
      'log',
      'exec',
      'attach',
      'portforward',
      'proxy',
      'ephemeralcontainers',
      'status',
      'eviction',
      'binding',
      // Registered while the InPlacePodVerticalScaling gate is on: on by default from 1.33 (beta).
      { name: 'resize', since: '1.33' },
    ),
  },
  services: { group: '', subresources: subs('proxy', 'status') },
  nodes: { group: '', subresources: subs('proxy', 'status') },
  serviceaccounts: { group: '', subresources: subs('token') },
  persistentvolumeclaims: { group: '', subresources: subs('status') },
  persistentvolumes: { group: '', subresources: subs('status') },
  namespaces: { group: '', subresources: subs('status', 'finalize') },
  replicationcontrollers: { group: '', subresources: subs('scale', 'status') },
  resourcequotas: { group: '', subresources: subs('status') },
  // apps (pkg/registry/apps/rest/storage_apps.go)
  deployments: { group: 'apps', subresources: subs('scale', 'status') },
  statefulsets: { group: 'apps', subresources: subs('scale', 'status') },
  replicasets: { group: 'apps', subresources: subs('scale', 'status') },
  daemonsets: { group: 'apps', subresources: subs('status') },
  // batch (pkg/registry/batch/rest/storage_batch.go)
  jobs: { group: 'batch', subresources: subs('status') },
  cronjobs: { group: 'batch', subresources: subs('status') },
  // others people audit
  horizontalpodautoscalers: { group: 'autoscaling', subresources: subs('status') },
  poddisruptionbudgets: { group: 'policy', subresources: subs('status') },
  ingresses: { group: 'networking.k8s.io', subresources: subs('status') },
  certificatesigningrequests: { group: 'certificates.k8s.io', subresources: subs('approval', 'status') },
  customresourcedefinitions: { group: 'apiextensions.k8s.io', subresources: subs('status') },
  apiservices: { group: 'apiregistration.k8s.io', subresources: subs('status') },
  volumeattachments: { group: 'storage.k8s.io', subresources: subs('status') },
}

/** KnownSubresources: a resource's group and the subresources kube-apiserver serves for it on one minor. */
export interface KnownSubresources {
  group: string
  subresources: string[]
}

/**
 * knownSubresources: the group and subresources of a built-in resource on Kubernetes `version`, or undefined
 * for a resource we know none of (configmaps, secrets, custom resources).
 */
export function knownSubresources(
  resource: string,
  version: KubernetesVersion,
): KnownSubresources | undefined {
  const known = Object.hasOwn(KNOWN, resource) ? KNOWN[resource] : undefined
  if (!known) return undefined
  return {
    group: known.group,
    subresources: known.subresources
      .filter((s) => s.since === undefined || versionAtLeast(version, s.since))
      .map((s) => s.name),
  }
}

/** KNOWN_SUBRESOURCE_RESOURCES: every resource knownSubresources has an answer for. */
export const KNOWN_SUBRESOURCE_RESOURCES: readonly string[] = Object.keys(KNOWN)
