import { Alert } from '@mui/material'
import { t } from '../../i18n/index.ts'
import { useTarget } from '../../state/index.ts'

/** DkpOnlyNote: on the Kubernetes target, says that this output is for Deckhouse clusters. */
export function DkpOnlyNote() {
  return useTarget() === 'kube-apiserver' ? (
    <Alert severity="info" sx={{ py: 0 }}>
      {t.preview.dkpOnly}
    </Alert>
  ) : null
}
