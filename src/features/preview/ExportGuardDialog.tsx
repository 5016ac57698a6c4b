import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { t } from '../../i18n/index.ts'
import type { ExportGuard } from './usePolicyBlocked.ts'

/** A Copy or Download waiting for the user's answer. */
export interface PendingExport {
  action: 'copy' | 'download'
  proceed: () => void
}

interface ExportGuardDialogProps {
  guard: ExportGuard | undefined
  pending: PendingExport | null
  onClose: () => void
}

/** ExportGuardDialog: "kube-apiserver will not start with this policy: <first error>. Copy anyway?" */
export function ExportGuardDialog({ guard, pending, onClose }: ExportGuardDialogProps) {
  const g = t.verify.guard
  const copy = pending?.action === 'copy'
  return (
    <ConfirmDialog
      open={pending !== null && guard !== undefined}
      title={guard?.title ?? ''}
      confirmLabel={copy ? g.copyAnyway : g.downloadAnyway}
      cancelLabel={g.cancel}
      onCancel={onClose}
      onConfirm={() => {
        onClose()
        pending?.proceed()
      }}
    >
      {guard?.detail}
      <br />
      <strong>{copy ? g.copyQuestion : g.downloadQuestion}</strong>
    </ConfirmDialog>
  )
}
