import { Button, LinearProgress, Stack, Typography } from '@mui/material'
import type { Progress } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { progressText } from './format.ts'

/** AnalysisProgress: a progress bar with bytes, events and speed, the file being read, and Cancel. */
export function AnalysisProgress({
  files,
  progress,
  onCancel,
}: {
  files: File[]
  progress: Progress | null
  onCancel: () => void
}) {
  const a = t.analyzer
  const value =
    progress && progress.totalBytes > 0
      ? Math.min(100, (100 * progress.bytesRead) / progress.totalBytes)
      : null
  const text = progress ? progressText(progress) : ''
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="p">
        {a.analyzing(files.length)}
      </Typography>
      <LinearProgress
        variant={value === null ? 'indeterminate' : 'determinate'}
        value={value ?? undefined}
        aria-label={a.progressLabel}
        aria-valuetext={text || undefined}
      />
      <Stack direction="row" spacing={1.5} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {text}
        </Typography>
        {progress && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {a.fileOf(progress.file, progress.fileIndex, progress.files)}
          </Typography>
        )}
        <Button variant="outlined" color="inherit" size="small" onClick={onCancel} sx={{ ml: 'auto' }}>
          {a.cancel}
        </Button>
      </Stack>
    </Stack>
  )
}
