import { lazy, Suspense } from 'react'
import { PlainCode } from '../../components/PlainCode.tsx'
import { t } from '../../i18n/index.ts'
import { usePolicyText, useTarget } from '../../state/index.ts'
import { PreviewPane } from './PreviewPane.tsx'
import { usePolicyBlocked } from './usePolicyBlocked.ts'

// The editable YAML (with its reading and markers) comes with Monaco, after the first screen.
const PolicyYamlEditor = lazy(() =>
  import('./PolicyYamlEditor.tsx').then((m) => ({ default: m.PolicyYamlEditor })),
)

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
      code={
        <Suspense fallback={<PlainCode value={text} label={t.preview.tabs.policy} />}>
          <PolicyYamlEditor />
        </Suspense>
      }
    />
  )
}
