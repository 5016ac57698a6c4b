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
}

/** CopyButton copies text to the clipboard; its accessible name is always "Copy". */
export function CopyButton({ getText, disabled, onDone }: CopyButtonProps) {
  const copy = useCallback(async () => onDone(await copyText(getText())), [getText, onDone])
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
