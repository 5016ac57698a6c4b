import { Box, Stack, Typography } from '@mui/material'
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'
import { CodeView } from '../../components/CodeView.tsx'
import { CopyButton } from '../../components/CopyButton.tsx'
import { DownloadButton } from '../../components/DownloadButton.tsx'
import { t } from '../../i18n/index.ts'
import type { CodeLanguage } from '../../monaco/index.ts'
import type { PendingExport } from './ExportGuardDialog.tsx'
import type { ExportGuard } from './usePolicyBlocked.ts'

// The warning dialog is needed only when a guarded Copy or Download is clicked: loaded then.
const ExportGuardDialog = lazy(() =>
  import('./ExportGuardDialog.tsx').then((m) => ({ default: m.ExportGuardDialog })),
)

interface PreviewPaneProps {
  description: ReactNode
  text: string
  language: CodeLanguage
  /** Name of the Monaco model (the policy schema attaches to audit-policy.yaml). */
  modelPath: string
  /** Accessible name of the code. */
  codeLabel: string
  filename: string
  /** Downloaded text, when it differs from what is shown (Commands downloads apply.sh). */
  downloadText?: string
  mime?: string
  /** Why the output would not work as it is: Copy and Download then ask first. Undefined when it is fine. */
  blockedReason?: ExportGuard
  /** Controls shown above the code. */
  controls?: ReactNode
  /** The code area, when it is not the read-only view of `text` (the Policy tab's editable YAML). */
  code?: ReactNode
}

/** PreviewPane: one output with its description, Copy and Download (with confirmation) and the code. */
export function PreviewPane({
  description,
  text,
  language,
  modelPath,
  codeLabel,
  filename,
  downloadText,
  mime,
  blockedReason,
  controls,
  code,
}: PreviewPaneProps) {
  const [status, setStatus] = useState('')
  const getText = useCallback(() => text, [text])
  const getDownload = useCallback(() => downloadText ?? text, [downloadText, text])
  const confirm = useCallback((message: string) => {
    setStatus(message)
    window.setTimeout(() => setStatus((s) => (s === message ? '' : s)), 4000)
  }, [])
  const onCopied = useCallback(
    (ok: boolean) => confirm(ok ? t.preview.copied : t.preview.copyFailed),
    [confirm],
  )
  const onSaved = useCallback((file: string) => confirm(t.preview.downloaded(file)), [confirm])
  const [pending, setPending] = useState<PendingExport | null>(null)
  const guarded = blockedReason !== undefined
  const askCopy = useMemo(
    () => (guarded ? (proceed: () => void) => setPending({ action: 'copy', proceed }) : undefined),
    [guarded],
  )
  const askDownload = useMemo(
    () => (guarded ? (proceed: () => void) => setPending({ action: 'download', proceed }) : undefined),
    [guarded],
  )
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, flex: 1, minHeight: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {description}
      </Typography>
      {controls}
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CopyButton getText={getText} onDone={onCopied} confirm={askCopy} />
        <DownloadButton
          getText={getDownload}
          filename={filename}
          type={mime}
          onDone={onSaved}
          confirm={askDownload}
        />
        <Typography
          variant="body2"
          color="text.secondary"
          component="code"
          sx={{ fontFamily: 'var(--abp-mono)' }}
        >
          {filename}
        </Typography>
        <Typography
          role="status"
          variant="body2"
          sx={{ color: status || !blockedReason ? 'success.main' : 'error.main', ml: 'auto' }}
        >
          {status || blockedReason?.status}
        </Typography>
      </Stack>
      {pending && (
        <Suspense fallback={null}>
          <ExportGuardDialog guard={blockedReason} pending={pending} onClose={() => setPending(null)} />
        </Suspense>
      )}
      <Box
        sx={{
          flex: { md: 1 },
          // A custom code area sets its own smallest height (the YAML editor grows with its notices).
          minHeight: { xs: 420, md: code ? 'auto' : 180 },
          height: { xs: 420, md: 'auto' },
          display: 'flex',
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {code ?? (
            <CodeView value={text} language={language} path={modelPath} label={codeLabel} height="100%" />
          )}
        </Box>
      </Box>
    </Box>
  )
}
