import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useEffect, useId, useState } from 'react'
import { copyText } from '../../components/copyText.ts'
import { t } from '../../i18n/index.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import { createDocument, useDocument } from '../../state/index.ts'
import { encodeShare, shareUrl } from '../../state/share.ts'
import { getCompareBase } from '../../state/compareBase.ts'

/** Links longer than this may be cut by chat apps and mail clients. */
const LONG_LINK = 8000

/** ShareDialog: the share link of the current work, its length, and a Copy button. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const doc = useDocument()
  const draft = useDraft()
  const [url, setUrl] = useState<string | null>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const titleId = useId()
  const s = t.keepwork.share
  useEffect(() => {
    let cancelled = false
    // The base of "Compare with…", if one is set, travels in the link too (a policy rendered on a master whole:
    // the page that opens it reads it again).
    const base = getCompareBase()
    void Promise.all([
      encodeShare(doc),
      base ? encodeShare(createDocument(base.rendered?.policy ?? base.policy)) : undefined,
    ]).then(
      ([payload, basePayload]) => !cancelled && setUrl(shareUrl(window.location.href, payload, basePayload)),
    )
    return () => {
      cancelled = true
    }
  }, [doc])
  const brokenDraft = draft !== null && isCurrent(draft, doc.policy) && draft.status === 'broken'
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{s.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{s.body}</DialogContentText>
          {brokenDraft && <Alert severity="warning">{s.brokenDraft}</Alert>}
          {url === null ? (
            <Stack spacing={1} role="status">
              <Typography variant="body2">{s.making}</Typography>
              <LinearProgress aria-label={s.making} />
            </Stack>
          ) : (
            <>
              <TextField
                label={s.linkLabel}
                value={url}
                fullWidth
                multiline
                maxRows={6}
                helperText={s.length(url.length)}
                onFocus={(e) => e.target.select()}
                slotProps={{
                  htmlInput: {
                    readOnly: true,
                    spellCheck: false,
                    style: { fontFamily: 'var(--abp-mono)', fontSize: 12 },
                  },
                }}
              />
              {url.length > LONG_LINK && <Alert severity="info">{s.long}</Alert>}
            </>
          )}
          <Typography
            role="status"
            variant="body2"
            sx={{ color: copied === false ? 'error.main' : 'success.main', minHeight: 20 }}
          >
            {copied === null ? '' : copied ? s.copied : s.copyFailed}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{s.close}</Button>
        <Button
          variant="contained"
          startIcon={<ContentCopyIcon />}
          disabled={url === null}
          onClick={() => url && void copyText(url).then(setCopied)}
        >
          {s.copy}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
