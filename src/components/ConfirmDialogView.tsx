import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useId, type ReactNode } from 'react'
import { t } from '../i18n/index.ts'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel?: string
  cancelLabel?: string
  onConfirm: () => void
  onCancel: () => void
}

/** ConfirmDialogView: the dialog ConfirmDialog shows, loaded on its first opening. */
export function ConfirmDialogView({
  open,
  title,
  children,
  confirmLabel = t.confirm.ok,
  cancelLabel = t.confirm.cancel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId()
  const bodyId = useId()
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} aria-describedby={bodyId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{children}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          {cancelLabel}
        </Button>
        <Button onClick={onConfirm} variant="contained" color="warning">
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
