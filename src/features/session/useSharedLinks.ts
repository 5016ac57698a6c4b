import { t } from '../../i18n/index.ts'
import { compareBaseOf, setCompareBase } from '../../state/compareBase.ts'
import { useCallback, useEffect, useState } from 'react'
import { draftFor, unreadDraft } from '../../state/draft.ts'
import {
  isBlankDocument,
  loadDocument,
  sameDocument,
  type EditorDocument,
  type EditorStore,
} from '../../state/index.ts'
import type { ShareProblem } from '../../state/share.ts'

/** SharedLink: what an opened share link asks for. */
export type SharedLink =
  | { kind: 'none' }
  /** The link holds other work than the page: ask before replacing it. */
  | { kind: 'ask'; doc: EditorDocument }
  | { kind: 'problem'; problem: ShareProblem }
  | { kind: 'opened' }

/** clearFragment takes the share payload out of the address bar, so a reload does not open it again. */
function clearFragment(): void {
  if (window.location.hash)
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
}

/**
 * useSharedLinks opens a share link (`#share=…`) at start-up and whenever the fragment changes: straight
 * away over an empty page, after asking over the user's work (a YAML text that does not read included); a broken
 * link only says what is wrong.
 */
export function useSharedLinks(store: EditorStore, enabled: boolean) {
  const [link, setLink] = useState<SharedLink>({ kind: 'none' })
  const load = useCallback(
    (doc: EditorDocument) => {
      // The YAML draft is kept, not cleared: the new policy supersedes it, so the Policy tab offers it back and
      // undo makes it current again. A link with the same policy still takes the draft's place (one undo step).
      const before = store.getState().doc
      const hadDraft = unreadDraft(draftFor(store).get(), before.policy)
      store.dispatch(loadDocument, doc)
      if (hadDraft && store.getState().doc === before)
        store.dispatch((d) => ({ ...d, policy: { ...d.policy } }))
      clearFragment()
      setLink({ kind: 'opened' })
    },
    [store],
  )
  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    const check = () => {
      // The link code loads only when there is a link to open.
      if (!window.location.hash.includes('share=')) return
      void import('../../state/share.ts').then(async ({ baseFromHash, decodeShare, shareFromHash }) => {
        const payload = shareFromHash(window.location.hash)
        const basePayload = baseFromHash(window.location.hash)
        if (payload === null || cancelled) return
        const r = await decodeShare(payload)
        if (cancelled) return
        // The base of "Compare with…" the link carries, if any (a bad one is left out, the rest opens).
        const b = basePayload === null ? null : await decodeShare(basePayload)
        if (b?.ok)
          setCompareBase(
            compareBaseOf(
              { policy: b.doc.policy, summary: t.compare.sharedBase },
              r.ok ? r.doc.target : store.getState().doc.target,
            ),
          )
        if (!r.ok) {
          setLink({ kind: 'problem', problem: r.problem })
          return
        }
        const { doc } = store.getState()
        // Text typed in the YAML editor that does not read yet is work too: ask before replacing it.
        const nothingToLose =
          !unreadDraft(draftFor(store).get(), doc.policy) &&
          (isBlankDocument(doc) || sameDocument(doc, r.doc))
        if (nothingToLose) load(r.doc)
        else setLink({ kind: 'ask', doc: r.doc })
      })
    }
    check()
    window.addEventListener('hashchange', check)
    return () => {
      cancelled = true
      window.removeEventListener('hashchange', check)
    }
  }, [store, enabled, load])
  const dismiss = useCallback(() => {
    clearFragment()
    setLink({ kind: 'none' })
  }, [])
  const open = useCallback(() => {
    if (link.kind === 'ask') load(link.doc)
  }, [link, load])
  return { link, open, dismiss }
}
