import { t } from '../../i18n/index.ts'
import { usePolicyText, useTarget } from '../../state/index.ts'
import { PolicyYamlEditor } from './PolicyYamlEditor.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { usePolicyBlocked } from './usePolicyBlocked.ts'

// The editable YAML is shown at once, highlighted; Monaco loads when the user starts to use it
// (PolicyYamlEditor, components/EditOnFirstUse.tsx).

/**
 * PolicyPreview: the policy YAML (audit-policy.yaml), editable both ways. Copy and Download give the
 * canonical text of the policy in the forms.
 */
export function PolicyPreview() {
  const text = usePolicyText()
  const target = useTarget()
  return (
    <PreviewPane
      description={`${t.preview.descriptions.policy[target]} ${t.keepwork.yaml.editable}`}
      text={text}
      language="yaml"
      modelPath="audit-policy.yaml"
      codeLabel={t.preview.tabs.policy}
      filename="audit-policy.yaml"
      blockedReason={usePolicyBlocked()}
      code={<PolicyYamlEditor />}
    />
  )
}
