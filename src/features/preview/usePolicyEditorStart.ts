import { useState } from 'react'
import { useFirstUse, type FirstUse } from '../../components/useFirstUse.ts'
import { useRevealRequest } from '../../state/index.ts'

/**
 * usePolicyEditorStart: the Policy tab's editor starts on the first use of its text (components/EditOnFirstUse),
 * or at once when "show me where" asks for a place in the YAML (a request waiting in the store, made now or
 * before the tab was shown); once started it stays.
 */
export function usePolicyEditorStart(text: string): FirstUse {
  const asked = useRevealRequest('yaml') !== null
  const [started, setStarted] = useState(asked)
  if (asked && !started) setStarted(true)
  return useFirstUse(text, started)
}
