import { Box, Typography } from '@mui/material'
import { useEffect, useState } from 'react'
import { t } from '../../i18n/index.ts'
import { openImport } from './importRequests.ts'

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false
const carriesText = (e: DragEvent) => e.dataTransfer?.types.includes('text/plain') ?? false

/**
 * PageDropZone: a file (or text) dropped anywhere on the page opens the Import dialog with it. Drops that a
 * part of the page handles itself (it calls preventDefault, e.g. the log analyzer's drop area) are left alone,
 * and the hint shows only where a drop would import.
 */
export function PageDropZone() {
  const [over, setOver] = useState(false)
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e) && !carriesText(e)) return
      if (e.defaultPrevented) {
        setOver(false)
        return
      }
      // Text dragged within the page (selected text into a field) keeps its usual behaviour.
      if (
        !carriesFiles(e) &&
        e.target instanceof Element &&
        e.target.closest('input, textarea, .monaco-editor')
      )
        return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      setOver(true)
    }
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false)
    }
    const onDrop = (e: DragEvent) => {
      setOver(false)
      if (e.defaultPrevented || !e.dataTransfer) return
      const file = e.dataTransfer.files[0]
      if (file) {
        e.preventDefault()
        openImport({ file })
        return
      }
      if (e.target instanceof Element && e.target.closest('input, textarea, .monaco-editor')) return
      const text = e.dataTransfer.getData('text/plain')
      if (text) {
        e.preventDefault()
        openImport({ text })
      }
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragenter', onDragOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragenter', onDragOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])
  if (!over) return null
  return (
    <Box
      aria-hidden
      sx={{
        position: 'fixed',
        inset: 8,
        zIndex: (theme) => theme.zIndex.modal + 1,
        pointerEvents: 'none',
        border: 3,
        borderStyle: 'dashed',
        borderColor: 'primary.main',
        borderRadius: 2,
        bgcolor: (theme) =>
          theme.palette.mode === 'dark' ? 'rgba(20,30,45,0.85)' : 'rgba(240,246,255,0.88)',
        display: 'grid',
        placeItems: 'center',
        textAlign: 'center',
      }}
    >
      <Box>
        <Typography variant="h5" component="p">
          {t.keepwork.import.dropTitle}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {t.keepwork.import.dropBody}
        </Typography>
      </Box>
    </Box>
  )
}
