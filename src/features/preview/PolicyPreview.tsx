import { t } from '../../i18n/index.ts'
import { useEditorText } from '../../state/draft.ts'
import { useTarget } from '../../state/index.ts'
import { PolicyYamlEditor } from './PolicyYamlEditor.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { useDraftBlocked, usePolicyBlocked } from './usePolicyBlocked.ts'

// The editable YAML is shown at once, highlighted; Monaco loads when the user starts to use it
// (PolicyYamlEditor, components/EditOnFirstUse.tsx).

/**
 * PolicyPreview: the policy YAML (audit-policy.yaml), editable both ways. Copy and Download give exactly the
 * text shown: the user's own (comments and all) or the canonical text of a policy made in the forms; while
 * that text does not read, they say so and ask first.
 */
export function PolicyPreview() {
  const text = useEditorText()
  const target = useTarget()
  const draft = useDraftBlocked(true)
  const policy = usePolicyBlocked()
  return (
    <PreviewPane
      description={`${t.preview.descriptions.policy[target]} ${t.keepwork.yaml.editable}`}
      text={text}
      language="yaml"
      modelPath="audit-policy.yaml"
      codeLabel={t.preview.tabs.policy}
      filename="audit-policy.yaml"
      blockedReason={draft ?? policy}
      code={<PolicyYamlEditor />}
    />
  )
}
