import DownloadIcon from '@mui/icons-material/Download'
import { Button } from '@mui/material'
import { useCallback } from 'react'
import { t } from '../i18n/index.ts'
import { downloadText } from './downloadText.ts'

interface DownloadButtonProps {
  getText: () => string
  filename: string
  /** MIME type of the file. */
  type?: string
  disabled?: boolean
  onDone?: (filename: string) => void
  /** When set, a click calls it instead of saving; it calls `proceed` to save (e.g. after a warning). */
  confirm?: (proceed: () => void) => void
}

/** DownloadButton saves text as a file; its accessible name is always "Download". */
export function DownloadButton({
  getText,
  filename,
  type = 'application/yaml',
  disabled,
  onDone,
  confirm,
}: DownloadButtonProps) {
  const save = useCallback(() => {
    const proceed = () => {
      downloadText(getText(), filename, type)
      onDone?.(filename)
    }
    if (confirm) confirm(proceed)
    else proceed()
  }, [getText, filename, type, onDone, confirm])
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<DownloadIcon />}
      onClick={save}
      disabled={disabled}
      title={filename}
    >
      {t.preview.download}
    </Button>
  )
}
