import { lazy, Suspense } from 'react'
import { useEditorSelector } from '../../state/index.ts'

// Checking saved requests needs the evaluator and DKP's built-in rules: loaded only when there are some.
const FailingCount = lazy(() => import('./FailingCount.tsx').then((m) => ({ default: m.FailingCount })))

/** SimulatorBadge: in the "Test a request" tab, the number of saved test requests that fail after an edit. */
export function SimulatorBadge() {
  const count = useEditorSelector((s) => s.doc.savedRequests.length)
  if (count === 0) return null
  return (
    <Suspense fallback={null}>
      <FailingCount />
    </Suspense>
  )
}
