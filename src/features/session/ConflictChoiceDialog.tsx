import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { t } from '../../i18n/index.ts'

/** ConflictChoice: which version the user picked in the "changed in another tab" notice, before confirming. */
export type ConflictChoice = 'theirs' | 'mine' | null

interface ConflictChoiceDialogProps {
  choice: ConflictChoice
  onConfirm: (choice: 'theirs' | 'mine') => void
  onCancel: () => void
}

/** ConflictChoiceDialog: either choice replaces one tab's work, so it says which and asks first. */
export function ConflictChoiceDialog({ choice, onConfirm, onCancel }: ConflictChoiceDialogProps) {
  const a = t.keepwork.autosave
  const theirs = choice === 'theirs'
  return (
    <ConfirmDialog
      open={choice !== null}
      title={theirs ? a.takeTheirsTitle : a.keepMineTitle}
      confirmLabel={theirs ? a.takeTheirsConfirm : a.keepMineConfirm}
      cancelLabel={a.cancel}
      onCancel={onCancel}
      onConfirm={() => {
        if (choice) onConfirm(choice)
      }}
    >
      {theirs ? a.takeTheirsBody : a.keepMineBody}
    </ConfirmDialog>
  )
}
