import { Alert, AlertTitle, Button, Stack } from '@mui/material'
import { useState } from 'react'
import { t } from '../../i18n/index.ts'
import type { AutosaveStatus, RestoreOutcome } from '../../state/persistence.ts'
import { savedWorkText } from './savedWorkText.ts'
import type { SharedLink } from './useSharedLinks.ts'

interface KeepWorkNoticesProps {
  restored: RestoreOutcome | null
  status: AutosaveStatus
  /** The user picked a version in the other-tab notice (KeepWork asks before acting on it). */
  onChoose: (choice: 'theirs' | 'mine') => void
  link: SharedLink
  onDismissLink: () => void
}

/**
 * KeepWorkNotices: under the header, where they stay in view: saved work that could not be read, autosave
 * failing, another tab's save (with the choice), and a share link that could not be opened.
 */
export function KeepWorkNotices({ restored, status, onChoose, link, onDismissLink }: KeepWorkNoticesProps) {
  const [restoreSeen, setRestoreSeen] = useState(false)
  const a = t.keepwork.autosave
  const s = t.keepwork.share
  const notices = [
    restored?.kind === 'unreadable' && !restoreSeen && (
      <Alert key="restore" severity="warning" closeText={s.close} onClose={() => setRestoreSeen(true)}>
        {restored.setAside
          ? a.restoreFailed(savedWorkText(restored.reason))
          : a.restoreKept(savedWorkText(restored.reason))}
      </Alert>
    ),
    status.kind === 'failed' && (
      <Alert key="failed" severity="warning">
        {a.failed(savedWorkText(status.reason))}
      </Alert>
    ),
    status.kind === 'conflict' && (
      <Alert key="conflict" severity="warning" role="alert">
        <AlertTitle>{a.conflictTitle}</AlertTitle>
        {a.conflictBody}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Button size="small" variant="contained" color="warning" onClick={() => onChoose('theirs')}>
            {a.takeTheirs}
          </Button>
          <Button size="small" variant="outlined" color="inherit" onClick={() => onChoose('mine')}>
            {a.keepMine}
          </Button>
        </Stack>
      </Alert>
    ),
    link.kind === 'problem' && (
      <Alert key="link" severity="error" role="alert" closeText={s.close} onClose={onDismissLink}>
        {s.problems[link.problem]} {s.unchanged}
      </Alert>
    ),
  ].filter(Boolean)
  if (notices.length === 0) return null
  return (
    <Stack spacing={1} sx={{ px: { xs: 1, sm: 2 }, pb: 1 }}>
      {notices}
    </Stack>
  )
}
