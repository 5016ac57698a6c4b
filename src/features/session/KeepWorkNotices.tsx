import { Button, Stack } from '@mui/material'
import { useState } from 'react'
import { OneLineNotice } from '../../components/OneLineNotice.tsx'
import { t } from '../../i18n/index.ts'
import type { AutosaveStatus, RestoreOutcome } from '../../state/persistence.ts'
import { savedWorkText } from './savedWorkText.ts'
import { useTextRestyle } from '../../state/textSync.ts'
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
 * KeepWorkNotices: under the header, where they stay in view, one line each ("More" for the rest): saved work
 * that could not be read, autosave failing, another tab's save (with the choice), a share link that could not be
 * opened, and a form edit that rewrote the user's flow-style or JSON text in block style.
 */
export function KeepWorkNotices({ restored, status, onChoose, link, onDismissLink }: KeepWorkNoticesProps) {
  const [restoreSeen, setRestoreSeen] = useState(false)
  const restyle = useTextRestyle()
  const [restyleSeen, setRestyleSeen] = useState(0)
  const a = t.keepwork.autosave
  const s = t.keepwork.share
  const r = t.keepwork.restyle
  const notices = [
    restored?.kind === 'unreadable' && !restoreSeen && (
      <OneLineNotice
        key="restore"
        severity="warning"
        headline={
          restored.setAside
            ? a.restoreFailed(savedWorkText(restored.reason))
            : a.restoreKept(savedWorkText(restored.reason))
        }
        onClose={() => setRestoreSeen(true)}
      />
    ),
    status.kind === 'failed' && (
      <OneLineNotice key="failed" severity="warning" headline={a.failed(savedWorkText(status.reason))} />
    ),
    status.kind === 'conflict' && (
      <OneLineNotice
        key="conflict"
        severity="warning"
        role="alert"
        headline={a.conflictTitle}
        details={a.conflictBody}
        wrapAction
        action={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button size="small" variant="contained" color="warning" onClick={() => onChoose('theirs')}>
              {a.takeTheirs}
            </Button>
            <Button size="small" variant="outlined" color="inherit" onClick={() => onChoose('mine')}>
              {a.keepMine}
            </Button>
          </Stack>
        }
      />
    ),
    link.kind === 'problem' && (
      <OneLineNotice
        key="link"
        severity="error"
        role="alert"
        headline={`${s.problems[link.problem]} ${s.unchanged}`}
        onClose={onDismissLink}
      />
    ),
    restyle !== null && restyle.seq > restyleSeen && (
      <OneLineNotice
        key="restyle"
        severity={restyle.kept ? 'info' : 'warning'}
        role="status"
        headline={restyle.kept ? r.kept(restyle.from) : r.notKept(restyle.from)}
        details={r.details}
        onClose={() => setRestyleSeen(restyle.seq)}
      />
    ),
  ].filter(Boolean)
  if (notices.length === 0) return null
  return (
    <Stack spacing={0.5} sx={{ px: { xs: 1, sm: 2 }, pb: 1 }}>
      {notices}
    </Stack>
  )
}
