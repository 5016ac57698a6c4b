// DKP's built-in audit rules, as DKP's documentation names them (modules/040-control-plane-manager
// docs/AUDIT-RULES.md), by their number in the policy DKP v1.77 renders (20 is the pods/log rule the hook adds).
import type { BuiltinRef } from '../../policy/dkpBuiltin.ts'

export const dkpBuiltin = {
  titles: {
    1: 'Drop Endpoints, EndpointSlices and Events',
    2: 'Drop leader-election Leases',
    3: 'Drop cert-manager leader-election ConfigMaps',
    4: 'Drop VerticalPodAutoscalerCheckpoints',
    5: 'Drop VPA recommender patches of VerticalPodAutoscalers',
    6: 'Drop UpmeterHookProbes',
    7: 'Drop everything in d8-upmeter',
    8: 'Drop ingress-nginx leader-election ConfigMap updates',
    9: 'Drop dex health-check AuthRequests',
    10: 'Node create/delete with bodies',
    11: 'kubectl logs (pods/log) at Metadata',
    12: 'Writes by DKP system service accounts',
    13: 'Pod writes with request bodies',
    14: 'Writes in system namespaces',
    15: 'Every LIST (catches OOM-causing lists)',
    16: 'ServiceAccount create/delete',
    17: 'Role and ClusterRole changes with bodies',
    18: 'ClusterRoleBinding changes with bodies',
    19: 'Pod attach and ephemeral containers with bodies',
    20: 'kubectl logs (pods/log get) with bodies (shadowed by 11)',
    21: 'VirtualMachineOperation creation with bodies',
    22: 'Writes to virtualization.deckhouse.io',
    23: 'Internal virtualization instance updates',
    24: 'Reads of virtualization subresources',
    25: 'Pod writes at Metadata (shadowed by 13)',
    26: 'Writes in d8-virtualization',
    27: 'ModuleConfig changes',
    28: 'Drop every other authenticated request',
    29: 'Log the rest (unauthenticated requests) at Metadata',
  } as Record<number, string>,
  /** The title of a rendered rule without a comment of its own. */
  numbered: (n: number) => `Built-in rule ${n}`,
}

/** titleOf: a built-in rule's title in `words`' language: DKP's for shipped rules, else its comment or number. */
export function titleOf(words: typeof dkpBuiltin, b: Pick<BuiltinRef, 'number' | 'note' | 'shipped'>) {
  if (b.note !== undefined) return b.note
  return (b.shipped ? words.titles[b.number] : undefined) ?? words.numbered(b.number)
}
