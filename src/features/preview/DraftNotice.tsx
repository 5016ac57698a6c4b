import { Button } from '@mui/material'
import { OneLineNotice } from '../../components/OneLineNotice.tsx'
import { t } from '../../i18n/index.ts'
import { useDraftEditor } from '../../state/draftReading.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import { usePolicy } from '../../state/index.ts'
import { draftProblemText } from './draftProblemText.ts'

interface DraftNoticeProps {
  /** Characters of a paste the editor refused, or null. */
  pasteRefused: number | null
  maxPaste: number
  onDismissPaste: () => void
}

/**
 * DraftNotice: right above the YAML editor, one line each (OneLineNotice; on a phone up to four), says why the forms do not follow the text (where the error is,
 * and that the text is kept), offers to bring back a text a form change replaced, and explains a refused paste.
 */
export function DraftNotice({ pasteRefused, maxPaste, onDismissPaste }: DraftNoticeProps) {
  const draft = useDraft()
  const policy = usePolicy()
  const editor = useDraftEditor()
  const y = t.keepwork.yaml
  const current = draft !== null && isCurrent(draft, policy)
  const problem = current ? draft.problem : undefined
  return (
    <>
      {pasteRefused !== null && (
        <OneLineNotice
          wrapOnPhone
          severity="warning"
          onClose={onDismissPaste}
          headline={y.pasteTooLarge(pasteRefused, maxPaste)}
        />
      )}
      {problem && (
        <OneLineNotice
          wrapOnPhone
          severity="warning"
          role="status"
          headline={
            <>
              <strong>{draftProblemText(problem)}</strong> {y.broken}
            </>
          }
        />
      )}
      {draft !== null && !current && draft.status === 'broken' && (
        <OneLineNotice
          wrapOnPhone
          severity="info"
          role="status"
          headline={y.superseded}
          action={
            <Button color="inherit" size="small" onClick={editor.bringBack}>
              {y.bringBack}
            </Button>
          }
        />
      )}
    </>
  )
}
