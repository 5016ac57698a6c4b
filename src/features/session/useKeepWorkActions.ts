import { useCallback } from 'react'
import { isBlankDocument, useEditorSelector } from '../../state/index.ts'
import { openKeepWorkDialog } from './keepWorkRequests.ts'

/** useKeepWorkActions: what the header's Share and New policy do, and whether there is any work (blank). */
export function useKeepWorkActions(): { share: () => void; newPolicy: () => void; blank: boolean } {
  const blank = useEditorSelector((s) => isBlankDocument(s.doc))
  const share = useCallback(() => openKeepWorkDialog('share'), [])
  const newPolicy = useCallback(() => openKeepWorkDialog('new-policy'), [])
  return { share, newPolicy, blank }
}
