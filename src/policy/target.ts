// What the chosen target adds to the API server's validation of a policy that was read (or built) fine.
import type { Diagnostic, Policy, Target } from './types.ts'

export const EMPTY_POLICY_MESSAGE = 'loaded illegal policy with 0 rules'

/**
 * targetFindings: for kube-apiserver, zero rules is the loader's error; for DKP, zero rules means the Secret
 * contributes nothing (a warning), and a policy-level omitManagedFields is dropped (a warning).
 */
export function targetFindings(policy: Policy, target: Target): Diagnostic[] {
  const out: Diagnostic[] = []
  const dkp = target === 'deckhouse'
  if (policy.rules.length === 0) {
    out.push(
      dkp
        ? {
            severity: 'warning',
            kind: 'Empty',
            path: 'rules',
            at: 'rules',
            message: 'The Secret contributes no rules: DKP silently uses only its built-in rules',
            own: { code: 'dkp-no-rules' },
            source: 'deckhouse',
          }
        : {
            severity: 'error',
            kind: 'Empty',
            path: 'rules',
            at: 'rules',
            message: EMPTY_POLICY_MESSAGE,
            source: 'kube-apiserver',
          },
    )
  }
  if (dkp && policy.omitManagedFields) {
    out.push({
      severity: 'warning',
      kind: 'Invalid',
      path: 'omitManagedFields',
      at: 'omitManagedFields',
      message:
        'DKP drops the policy-level omitManagedFields from the Secret; set omitManagedFields on each rule instead',
      own: { code: 'dkp-policy-omit-managed-fields' },
      source: 'deckhouse',
    })
  }
  return out
}
