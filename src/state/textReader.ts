// Reads the user's kept text off the page when it is big (textSync.ts, BIG_TEXT): its findings, and where its
// rules sit (the layout a form edit patches from, policy/textpatch.ts). Texts made by a form edit come with
// their layout; a text that arrives whole (an import, the YAML editor, restored or shared work) is read for it
// here, so the next form edit reads only the rules it changes. Until a text is read, the page shows the
// findings of the text before it (textFindings).
import { readKeptText, ReadSupersededError } from './reader.ts'
import type { EditorStore } from './store.ts'
import {
  BIG_TEXT,
  keptTextNeeds,
  loadTextPatcher,
  readBigTextsOffPage,
  rememberTextFindings,
} from './textSync.ts'

/** startTextReader keeps the big kept text of `store`'s document read off the page; it returns a stop function. */
export function startTextReader(store: EditorStore): () => void {
  // Without workers (unit tests) textFindings reads in the page, as for a small text.
  if (typeof Worker === 'undefined') return () => {}
  readBigTextsOffPage(true)
  let stopped = false
  let asked: { text: string; target: string } | null = null

  const check = async (): Promise<void> => {
    const { text, target } = store.getState().doc
    if (text.length < BIG_TEXT || (asked?.text === text && asked.target === target)) return
    const patcher = await loadTextPatcher()
    const needs = keptTextNeeds(text, target)
    if (!needs.findings && !needs.layout) return
    asked = { text, target }
    try {
      const read = await readKeptText(text, target, needs.layout)
      if (stopped) return
      if (read.layout) patcher.rememberLayout(text, target, read.layout)
      rememberTextFindings(text, target, read.findings)
      // Only the findings change what is shown, and only while this text is the document's.
      if (needs.findings && store.getState().doc.text === text) store.refresh()
    } catch (e) {
      // A newer text took its turn (it is read next). A reader that failed or took too long: the findings are
      // read in the page, as a small text's are (the next form edit reads the whole text).
      if (e instanceof ReadSupersededError || stopped) return
      rememberTextFindings(text, target, patcher.decodeFindings(text, target))
      if (store.getState().doc.text === text) store.refresh()
    }
  }
  void check()
  const unsubscribe = store.subscribe(() => void check())
  return () => {
    stopped = true
    readBigTextsOffPage(false)
    unsubscribe()
  }
}
