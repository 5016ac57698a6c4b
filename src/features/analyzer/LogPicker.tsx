import UploadFileIcon from '@mui/icons-material/UploadFile'
import { Box, Button, Typography } from '@mui/material'
import { useRef, useState, type DragEvent } from 'react'
import { t } from '../../i18n/analyzer.ts'

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files')

/**
 * LogPicker: a "Choose files" button (several files at once) and a drop area around it. Drops here are handled
 * here (preventDefault), so the page-wide import drop zone leaves them alone.
 */
export function LogPicker({ onFiles, label }: { onFiles: (files: File[]) => void; label?: string }) {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }
  const onDragLeave = (e: DragEvent) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOver(false)
  }
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    setOver(false)
    const files = [...e.dataTransfer.files]
    if (files.length > 0) onFiles(files)
  }
  return (
    <Box
      role="group"
      aria-label={t.analyzer.dropZone}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 1.5,
        p: 1.5,
        border: 2,
        borderStyle: 'dashed',
        borderRadius: 2,
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'transparent',
        transition: 'border-color 120ms, background-color 120ms',
      }}
    >
      <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
        {label ?? t.analyzer.choose}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {t.analyzer.dropHere}
      </Typography>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t.analyzer.chooseLabel}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          // Choosing the same files again must start another analysis.
          e.target.value = ''
          if (files.length > 0) onFiles(files)
        }}
      />
    </Box>
  )
}
