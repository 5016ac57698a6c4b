// Kubernetes versions the builder reads a policy for, and each fact that differs between them. Sources for every
// fact are in docs/notes/kubernetes-versions.md.
import type { Target } from './types.ts'

/** KUBERNETES_VERSIONS: the minors a policy can be checked against, oldest first. */
export const KUBERNETES_VERSIONS = ['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const

/** KubernetesVersion: one of KUBERNETES_VERSIONS ("1.33"). */
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number]

/** NEWEST_KUBERNETES_VERSION: the default for target kube-apiserver. */
export const NEWEST_KUBERNETES_VERSION: KubernetesVersion = '1.36'

/**
 * DKP_RELEASE: the Deckhouse release whose control-plane-manager hook our built-in rules follow (v1.77 is the
 * first with the `pods/log` get rule, deckhouse PR #20274).
 */
export const DKP_RELEASE = 'v1.77'

/** DKP_DEFAULT_KUBERNETES_VERSION: the default Kubernetes of DKP_RELEASE (candi/version_map.yml, PR #19623). */
export const DKP_DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.34'

/** DKP_KUBERNETES_VERSIONS: the minors DKP_RELEASE supports (1.32–1.36, PR #19623). */
export const DKP_KUBERNETES_VERSIONS: readonly KubernetesVersion[] = ['1.32', '1.33', '1.34', '1.35', '1.36']

/** GROUP_WILDCARD_SINCE: from this minor `resources[].group: "*"` is a wildcard; before, a DNS-1123 error. */
export const GROUP_WILDCARD_SINCE: KubernetesVersion = '1.36'

/** isKubernetesVersion tells whether a value is one of KUBERNETES_VERSIONS. */
export function isKubernetesVersion(v: unknown): v is KubernetesVersion {
  return typeof v === 'string' && (KUBERNETES_VERSIONS as readonly string[]).includes(v)
}

/** defaultKubernetesVersion: DKP's default for DKP, the newest for kube-apiserver. */
export function defaultKubernetesVersion(target: Target | undefined): KubernetesVersion {
  return target === 'deckhouse' ? DKP_DEFAULT_KUBERNETES_VERSION : NEWEST_KUBERNETES_VERSION
}

/** versionAtLeast compares two minors of KUBERNETES_VERSIONS. */
export function versionAtLeast(v: KubernetesVersion, min: KubernetesVersion): boolean {
  return KUBERNETES_VERSIONS.indexOf(v) >= KUBERNETES_VERSIONS.indexOf(min)
}

/** previousVersion: the minor below `v` (what a rollback goes to), or null for the oldest. */
export function previousVersion(v: KubernetesVersion): KubernetesVersion | null {
  const i = KUBERNETES_VERSIONS.indexOf(v)
  return i > 0 ? KUBERNETES_VERSIONS[i - 1]! : null
}

/** groupWildcardAllowed: whether kube-apiserver `v` accepts (and matches) `group: "*"`. */
export function groupWildcardAllowed(v: KubernetesVersion): boolean {
  return versionAtLeast(v, GROUP_WILDCARD_SINCE)
}
