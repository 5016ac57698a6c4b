import RedoIcon from '@mui/icons-material/Redo'
import UndoIcon from '@mui/icons-material/Undo'
import { IconButton } from '@mui/material'
import { t } from '../../i18n/index.ts'
import { useHistory } from '../../state/index.ts'

/** HistoryButtons: Undo and Redo for every kind of edit, disabled when there is nothing to undo or redo. */
export function HistoryButtons() {
  const { canUndo, canRedo, undo, redo } = useHistory()
  const a = t.keepwork.actions
  // The shortcut is in the native tooltip (title): MUI's Tooltip would bring Popper into the first screen.
  return (
    <>
      <IconButton aria-label={a.undo} title={a.undoHint} onClick={undo} disabled={!canUndo} color="inherit">
        <UndoIcon />
      </IconButton>
      <IconButton aria-label={a.redo} title={a.redoHint} onClick={redo} disabled={!canRedo} color="inherit">
        <RedoIcon />
      </IconButton>
    </>
  )
}
