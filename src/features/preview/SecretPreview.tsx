import { t } from '../../i18n/index.ts'
import { useSecretText } from '../../state/outputs.ts'
import { DkpOnlyNote } from './DkpOnlyNote.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { useDraftBlocked, usePolicyBlocked } from './usePolicyBlocked.ts'

/** SecretPreview: Secret kube-system/audit-policy with the policy in base64. */
export function SecretPreview() {
  const draft = useDraftBlocked(false)
  const policy = usePolicyBlocked()
  return (
    <PreviewPane
      description={t.preview.descriptions.secret}
      controls={<DkpOnlyNote />}
      text={useSecretText()}
      language="yaml"
      modelPath="audit-policy-secret.yaml"
      codeLabel={t.preview.tabs.secret}
      filename="audit-policy-secret.yaml"
      blockedReason={draft ?? policy}
    />
  )
}
