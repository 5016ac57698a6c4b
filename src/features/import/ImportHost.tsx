import { Button } from '@mui/material'
import { lazy, Suspense, useState } from 'react'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import { t } from '../../i18n/index.ts'
import { useHistory } from '../../state/index.ts'
import { closeImport, useImportRequest } from './importRequests.ts'
import { PageDropZone } from './PageDropZone.tsx'

// The dialog (and with it the reader's client and the problem lists) loads when first opened.
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })))

/** ImportHost: the page-wide drop target, the Import dialog when open, and the "Imported …, Undo" message. */
export function ImportHost() {
  const request = useImportRequest()
  const [done, setDone] = useState<string | null>(null)
  const { undo } = useHistory()
  const m = t.keepwork.import
  return (
    <>
      <PageDropZone />
      {request && (
        <Suspense fallback={null}>
          <ImportDialog
            key={request.seq}
            request={request}
            onClose={closeImport}
            onImported={(summary) => {
              closeImport()
              setDone(summary)
            }}
          />
        </Suspense>
      )}
      <LazySnackbar
        open={done !== null}
        autoHideDuration={8000}
        onClose={(_e, reason) => reason !== 'clickaway' && setDone(null)}
        message={done ? m.done(done) : ''}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              undo()
              setDone(null)
            }}
          >
            {m.undo}
          </Button>
        }
      />
    </>
  )
}
