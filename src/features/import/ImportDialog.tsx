import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { t } from '../../i18n/index.ts'
import { fieldDecodeFindings } from '../../state/diagnostics.ts'
import { importPolicy, useDispatch, useRuleIds, useSetImported, useTarget } from '../../state/index.ts'
import { loadTextPatcher, rememberKeptLayout } from '../../state/textSync.ts'
import type { ImportRequest } from './importRequests.ts'
import { importOutcome } from './importOutcome.ts'
import { ImportSourceInput, type ImportInput } from './ImportSourceInput.tsx'
import { ImportSummary } from './ImportSummary.tsx'
import { formatSize, readFile, refuseSize, showInBox } from './readInput.ts'
import { useImportReading, type ImportReading } from './useImportReading.ts'

interface ImportDialogProps {
  request: ImportRequest
  onClose: () => void
  /** Called after an import with its one-line summary. */
  onImported: (summary: string) => void
}

/** inputOf decides how a text is held: in the text box when small, out of it when big, refused when too big. */
function inputOf(text: string, label: string, bytes?: Uint8Array): ImportInput {
  const refusal = refuseSize(text.length)
  if (refusal) return { kind: 'refused', refusal }
  if (text === '') return { kind: 'none' }
  return showInBox(text) ? { kind: 'typed', text, bytes } : { kind: 'held', text, label, bytes }
}

/**
 * ImportDialog: bring in a policy, the audit-policy Secret or a ModuleConfig by paste, drop or file; shows
 * what comes in and every problem (line and column) before it replaces anything, as one undoable step.
 */
export function ImportDialog({ request, onClose, onImported }: ImportDialogProps) {
  const m = t.keepwork.import
  const [input, setInput] = useState<ImportInput>(() =>
    request.file
      ? { kind: 'loading', size: request.file.size }
      : request.text !== undefined
        ? inputOf(request.text, m.pastedLabel(formatSize(request.text.length)))
        : { kind: 'none' },
  )
  const target = useTarget()
  const currentRules = useRuleIds().length
  const dispatch = useDispatch()
  const setImported = useSetImported()
  const titleId = useId()
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'))

  const takeFile = useCallback(
    (file: File) => {
      setInput({ kind: 'loading', size: file.size })
      void readFile(file).then((r) =>
        setInput(
          'text' in r
            ? inputOf(r.text, m.fileLabel(file.name, formatSize(file.size)), r.bytes)
            : { kind: 'refused', refusal: r },
        ),
      )
    },
    [m],
  )

  // The imported text is kept as written, and the next form edit patches it: the patcher comes now.
  useEffect(() => void loadTextPatcher(), [])

  // A file dropped on the page opens the dialog with it (the dialog is made afresh for each request).
  useEffect(() => {
    const file = request.file
    if (!file) return
    void readFile(file).then((r) =>
      setInput(
        'text' in r
          ? inputOf(r.text, m.fileLabel(file.name, formatSize(file.size)), r.bytes)
          : { kind: 'refused', refusal: r },
      ),
    )
  }, [request.file, m])

  const text = input.kind === 'typed' || input.kind === 'held' ? input.text : null
  const bytes = input.kind === 'typed' || input.kind === 'held' ? input.bytes : undefined
  const read = useImportReading(text, target, bytes)
  const loadingSize = input.kind === 'loading' ? input.size : null
  const reading = useMemo<ImportReading>(
    () => (loadingSize !== null ? { status: 'reading', size: loadingSize } : read),
    [loadingSize, read],
  )
  const outcome = useMemo(() => (read.status === 'done' ? importOutcome(read.result) : null), [read])
  const refusal = input.kind === 'refused' ? input.refusal : null
  const canImport = refusal === null && outcome?.canImport === true

  const confirm = () => {
    if (!outcome || reading.status !== 'done') return
    // A big policy text: where its rules sit, read with it, so the first form edit reads only what it changes.
    const { keptLayout, policyText } = reading.result
    if (keptLayout && policyText) rememberKeptLayout(policyText, target, keptLayout)
    dispatch(importPolicy, outcome.policy, outcome.settings, reading.result.policyText ?? '')
    // Values of the wrong type do not come in: their errors stay at their (now empty) fields in the forms.
    setImported(
      outcome.policy
        ? fieldDecodeFindings(reading.result.parse?.diagnostics ?? []).map((d) => ({
            ...d,
            message: m.leftOut(d.message),
          }))
        : null,
    )
    onImported(t.importing.summary(reading.result.described))
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle id={titleId}>{m.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {m.intro}
          </Typography>
          <ImportSourceInput input={input} onInput={setInput} onFile={takeFile} />
          <ImportSummary reading={reading} outcome={outcome} refusal={refusal} currentRules={currentRules} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{m.cancel}</Button>
        <Button variant="contained" onClick={confirm} disabled={!canImport}>
          {outcome?.policy && currentRules > 0 ? m.confirmReplace : m.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
