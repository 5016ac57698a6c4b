import { t } from '../../i18n/index.ts'
import { usePolicyText, useTarget } from '../../state/index.ts'
import { PreviewPane } from './PreviewPane.tsx'
import { usePolicyBlocked } from './usePolicyBlocked.ts'

/** PolicyPreview: the policy YAML (audit-policy.yaml). */
export function PolicyPreview() {
  const text = usePolicyText()
  const target = useTarget()
  return (
    <PreviewPane
      description={t.preview.descriptions.policy[target]}
      text={text}
      language="yaml"
      modelPath="audit-policy.yaml"
      codeLabel={t.preview.tabs.policy}
      filename="audit-policy.yaml"
      blockedReason={usePolicyBlocked()}
    />
  )
}
