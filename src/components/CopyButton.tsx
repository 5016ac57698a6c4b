import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import { Button } from '@mui/material'
import { useCallback } from 'react'
import { t } from '../i18n/index.ts'
import { copyText } from './copyText.ts'

interface CopyButtonProps {
  /** The text to copy, read when clicked. */
  getText: () => string
  disabled?: boolean
  /** Called with the outcome, to confirm it to the user. */
  onDone: (ok: boolean) => void
  /** When set, a click calls it instead of copying; it calls `proceed` to copy (e.g. after a warning). */
  confirm?: (proceed: () => void) => void
}

/** CopyButton copies text to the clipboard; its accessible name is always "Copy". */
export function CopyButton({ getText, disabled, onDone, confirm }: CopyButtonProps) {
  const copy = useCallback(() => {
    const proceed = async () => onDone(await copyText(getText()))
    if (confirm) confirm(() => void proceed())
    else void proceed()
  }, [getText, onDone, confirm])
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<ContentCopyIcon />}
      onClick={copy}
      disabled={disabled}
    >
      {t.preview.copy}
    </Button>
  )
}
