import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { t } from '../../i18n/index.ts'
import { presetWords } from './presetWords.ts'
import type { GuardedPresetLoad } from './useGuardedPresetLoad.ts'

/** PresetConfirmDialog: "Replace the current policy?" for a preset chosen over unsaved work. */
export function PresetConfirmDialog({ guard }: { guard: GuardedPresetLoad }) {
  const { pending } = guard
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t.presets.confirmTitle}
      confirmLabel={t.presets.confirm}
      cancelLabel={t.presets.cancel}
      onCancel={guard.cancel}
      onConfirm={guard.confirm}
    >
      {pending ? t.presets.confirmBody(presetWords(pending.id).title) : ''}
    </ConfirmDialog>
  )
}
