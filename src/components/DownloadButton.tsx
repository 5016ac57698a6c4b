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
}

/** DownloadButton saves text as a file; its accessible name is always "Download". */
export function DownloadButton({
  getText,
  filename,
  type = 'application/yaml',
  disabled,
  onDone,
}: DownloadButtonProps) {
  const save = useCallback(() => {
    downloadText(getText(), filename, type)
    onDone?.(filename)
  }, [getText, filename, type, onDone])
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
