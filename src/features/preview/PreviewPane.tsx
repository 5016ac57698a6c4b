import { Box, Stack, Typography } from '@mui/material'
import { useCallback, useState, type ReactNode } from 'react'
import { CodeView } from '../../components/CodeView.tsx'
import { CopyButton } from '../../components/CopyButton.tsx'
import { DownloadButton } from '../../components/DownloadButton.tsx'
import { t } from '../../i18n/index.ts'
import type { CodeLanguage } from '../../monaco/index.ts'

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
  /** Why copying and downloading are blocked, or undefined when they are not. */
  blockedReason?: string
  /** Controls shown above the code. */
  controls?: ReactNode
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
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, flex: 1, minHeight: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {description}
      </Typography>
      {controls}
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CopyButton getText={getText} onDone={onCopied} disabled={blockedReason !== undefined} />
        <DownloadButton
          getText={getDownload}
          filename={filename}
          type={mime}
          onDone={onSaved}
          disabled={blockedReason !== undefined}
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
          sx={{ color: blockedReason ? 'error.main' : 'success.main', ml: 'auto' }}
        >
          {blockedReason ?? status}
        </Typography>
      </Stack>
      <Box
        sx={{
          flex: { md: 1 },
          minHeight: { xs: 420, md: 260 },
          height: { xs: 420, md: 'auto' },
          display: 'flex',
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <CodeView value={text} language={language} path={modelPath} label={codeLabel} height="100%" />
        </Box>
      </Box>
    </Box>
  )
}
