import { useState } from 'react'
import { useFirstUse, type FirstUse } from '../../components/useFirstUse.ts'
import { hasPendingReveal, useRevealRequests } from '../../state/reveal.ts'

/**
 * usePolicyEditorStart: the Policy tab's editor starts on the first use of its text (components/EditOnFirstUse),
 * or at once when "show me where" asks for a place in the YAML, now or just before the tab was shown.
 */
export function usePolicyEditorStart(text: string): FirstUse {
  const [asked, setAsked] = useState(() => hasPendingReveal('yaml'))
  useRevealRequests('yaml', () => setAsked(true))
  return useFirstUse(text, asked)
}
