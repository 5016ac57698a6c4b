// The Secret DKP reads the policy from: kube-system/audit-policy, key audit-policy.yaml (spec/deckhouse.md §3).
import { encodeBase64Utf8 } from './base64.ts'
import { resolvePlain } from './goscalars.ts'

export const SECRET_NAME = 'audit-policy'
export const SECRET_NAMESPACE = 'kube-system'
export const SECRET_KEY = 'audit-policy.yaml'

/** YAML 1.2 core numbers (what eemeli/yaml and most tools resolve), besides go-yaml's YAML 1.1 table. */
const YAML12_NON_STRING =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|true|True|TRUE|false|False|FALSE|null|Null|NULL)$/

/**
 * base64Scalar writes a base64 value plain, as kubectl does, but quoted when a YAML reader would take it for
 * something else (`77e0` is a number, `null` is null) and when it is empty.
 */
function base64Scalar(value: string): string {
  if (value === '' || resolvePlain(value).t !== 'str' || YAML12_NON_STRING.test(value)) return `"${value}"`
  return value
}

/** buildSecret writes the Secret manifest whose data decodes to `policyText` byte for byte. */
export function buildSecret(policyText: string): string {
  return (
    [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      `  name: ${SECRET_NAME}`,
      `  namespace: ${SECRET_NAMESPACE}`,
      'data:',
      `  ${SECRET_KEY}: ${base64Scalar(encodeBase64Utf8(policyText))}`,
    ].join('\n') + '\n'
  )
}
