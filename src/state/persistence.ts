// Keeping work in the browser, the controller: the stored-work format (storedWork.ts) saved to localStorage after
// every change settles and read back at start. Bad stored data gives a clear message and a clean start (the
// unreadable copy is set aside; when there is no room for a copy it stays where it was and autosave does not
// write over it), never a crash. Another tab's save is noticed, not overwritten: autosave pauses until the user
// chooses, checks the stored save's stamp before every write, and the browser asks before a tab with unsaved
// work is closed.
import { draftFor, draftToKeep } from './draft.ts'
import type { EditorStore } from './store.ts'
import {
  decodeWork,
  encodeWork,
  isBlankWork,
  sameWork,
  stampOf,
  type ReadProblem,
  type SavedWork,
} from './storedWork.ts'

/** AUTOSAVE_KEY: where the work is kept in localStorage. */
export const AUTOSAVE_KEY = 'audit-policy-builder:work'
/** UNREADABLE_KEY: where stored work that could not be read is set aside (nothing is thrown away). */
export const UNREADABLE_KEY = 'audit-policy-builder:work-unreadable'
/** AUTOSAVE_DELAY_MS: how long edits must settle before they are saved. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * StorageProblem: why the browser's storage could not be used (`error` is the browser's own message); src/i18n
 * (savedWork) puts it in words. `blocked`: unreadable work that could not be copied aside sits where autosave
 * writes, so autosave does not write over it.
 */
export type StorageProblem =
  | { code: 'storage-unreadable' | 'storage-refused'; error: string }
  | { code: 'storage-full' | 'blocked' | 'no-storage' }

/**
 * RestoreOutcome: stored work, nothing stored, or stored work that could not be read: set aside under
 * UNREADABLE_KEY, or (no room for a copy) left where it was, which autosave then never writes over.
 */
export type RestoreOutcome =
  | { kind: 'restored'; work: SavedWork }
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: ReadProblem | StorageProblem; setAside: boolean }

/** SET_ASIDE_SLOTS: how many unreadable saves are kept side by side (UNREADABLE_KEY, then `-2`, `-3`, …). */
const SET_ASIDE_SLOTS = 5

/**
 * setAside copies unreadable stored work to a free UNREADABLE_KEY slot (or one already holding the same text)
 * and only then removes it from `key`; false when no copy could be made (storage full): `key` keeps it.
 */
export function setAside(storage: Storage, key: string, raw: string): boolean {
  for (let i = 1; i <= SET_ASIDE_SLOTS; i++) {
    const slot = i === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}-${i}`
    const there = storage.getItem(slot)
    if (there !== null && there !== raw) continue
    try {
      if (there === null) storage.setItem(slot, raw)
    } catch {
      return false
    }
    if (storage.getItem(slot) !== raw) return false
    storage.removeItem(key)
    return true
  }
  return false
}

/** BLOCKED_REASON: why autosave will not write while unreadable work it could not copy sits in its place. */
export const BLOCKED_REASON: StorageProblem = { code: 'blocked' }

/** restoreWork reads the autosaved work; unreadable data is moved to UNREADABLE_KEY (when it can be) and reported. */
export function restoreWork(storage: Storage | null, key = AUTOSAVE_KEY): RestoreOutcome {
  let raw: string | null
  try {
    raw = storage?.getItem(key) ?? null
  } catch (e) {
    return {
      kind: 'unreadable',
      reason: { code: 'storage-unreadable', error: String(e) },
      setAside: false,
    }
  }
  if (raw === null) return { kind: 'none' }
  const r = decodeWork(raw)
  if (r.ok) return { kind: 'restored', work: r.value }
  let moved = false
  try {
    moved = storage !== null && setAside(storage, key, raw)
  } catch {
    // The storage refused even to be read back: the original stays where it was, and autosave leaves it alone.
  }
  return { kind: 'unreadable', reason: r.reason, setAside: moved }
}

/** AutosaveStatus: the last thing autosave did. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; reason: StorageProblem }
  /** Another tab saved other work: this tab stopped saving until the user chooses. */
  | { kind: 'conflict'; theirs: SavedWork }

/** Autosave: a running autosave. */
export interface Autosave {
  /** flush saves now if anything is waiting. */
  flush(): void
  /** keepMine resolves a conflict by saving this tab's work over the other tab's. */
  keepMine(): void
  /** takeTheirs resolves a conflict by taking the other tab's work (returns it); the caller loads it. */
  takeTheirs(): SavedWork | null
  /** unsaved tells whether this tab holds work the browser's storage does not (closing would lose it). */
  unsaved(): boolean
  stop(): void
}

export interface AutosaveOptions {
  storage: Storage
  /** This tab's id (the same across saves of one page). */
  tab: string
  key?: string
  delayMs?: number
  onStatus: (status: AutosaveStatus) => void
  /** Where to listen for other tabs' saves (window by default). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  now?: () => number
}

/** startAutosave saves `store`'s document and draft whenever they change and settle; returns its controls. */
export function startAutosave(store: EditorStore, options: AutosaveOptions): Autosave {
  const { storage, tab, onStatus } = options
  const key = options.key ?? AUTOSAVE_KEY
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS
  const events = options.events ?? window
  const now = options.now ?? (() => Date.now())
  const drafts = draftFor(store)
  let timer: ReturnType<typeof setTimeout> | undefined
  let waitingToSave = false
  let conflict: SavedWork | null = null
  // The stamp of the stored save this tab holds (restored, wrote, or took): another stamp there is newer work.
  let known: string | null = null

  const current = () => {
    const { doc } = store.getState()
    return { doc, draft: draftToKeep(drafts.get(), doc.policy) }
  }
  const stored = (): SavedWork | null => {
    const raw = storage.getItem(key)
    if (raw === null) return null
    const r = decodeWork(raw)
    return r.ok ? r.value : null
  }
  const storedNow = (): SavedWork | null => {
    try {
      return stored()
    } catch {
      return null
    }
  }
  known = (() => {
    const there = storedNow()
    return there ? stampOf(there) : null
  })()
  const startConflict = (theirs: SavedWork) => {
    conflict = theirs
    clearTimeout(timer)
    onStatus({ kind: 'conflict', theirs })
  }

  const save = () => {
    clearTimeout(timer)
    waitingToSave = false
    if (conflict) return
    const work = current()
    try {
      // Work that cannot be read is never written over unless a copy of it was set aside first.
      const raw = storage.getItem(key)
      if (raw !== null && !decodeWork(raw).ok && !setAside(storage, key, raw)) {
        onStatus({ kind: 'failed', reason: BLOCKED_REASON })
        return
      }
      const there = stored()
      // Nothing new to write (e.g. this tab just took the other tab's work): writing would only wake the other tab.
      if (there && sameWork(there, work)) {
        known = stampOf(there)
        return
      }
      // Another tab saved since this one last looked (its storage event was missed): ask, do not overwrite.
      if (there && there.tab !== tab && stampOf(there) !== known) {
        startConflict(there)
        return
      }
      const at = now()
      storage.setItem(key, encodeWork({ ...work, savedAt: at, tab }))
      known = stampOf({ savedAt: at, tab })
      onStatus({ kind: 'saved', at })
    } catch (e) {
      const quota = e instanceof DOMException && /quota/i.test(e.name + e.message)
      onStatus({
        kind: 'failed',
        reason: quota ? { code: 'storage-full' } : { code: 'storage-refused', error: String(e) },
      })
    }
  }
  const schedule = () => {
    waitingToSave = true
    clearTimeout(timer)
    timer = setTimeout(save, delay)
  }

  let last = current()
  const onChange = () => {
    const next = current()
    if (next.doc === last.doc && next.draft === last.draft) return
    last = next
    schedule()
  }
  const onStorage = (e: Event) => {
    const ev = e as StorageEvent
    if (ev.key !== key || ev.newValue === null || ev.storageArea !== storage) return
    const r = decodeWork(ev.newValue)
    if (!r.ok || r.value.tab === tab) return
    if (sameWork(r.value, current())) {
      // The other tab holds what this one does: nothing to choose (any earlier question is settled).
      known = stampOf(r.value)
      if (conflict) {
        conflict = null
        onStatus({ kind: 'idle' })
      }
      return
    }
    startConflict(r.value)
  }
  const onHide = () => {
    if (waitingToSave) save()
  }
  const unsaved = () => {
    if (conflict) return true
    const there = storedNow()
    const work = current()
    return there ? !sameWork(there, work) : !isBlankWork(work)
  }
  // Closing the tab: save what waits, and have the browser ask only when work would still be lost.
  const onBeforeUnload = (e: Event) => {
    onHide()
    if (!unsaved()) return
    e.preventDefault()
    // Older browsers ask only when returnValue is set.
    if (typeof BeforeUnloadEvent !== 'undefined' && e instanceof BeforeUnloadEvent) e.returnValue = ''
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide()
  }

  const unsubscribe = [store.subscribe(onChange), drafts.subscribe(onChange)]
  events.addEventListener('storage', onStorage)
  events.addEventListener('pagehide', onHide)
  events.addEventListener('beforeunload', onBeforeUnload)
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility)

  return {
    flush: onHide,
    keepMine() {
      // The user chose to write over the version they were shown (and only that one).
      if (conflict) known = stampOf(conflict)
      conflict = null
      save()
    },
    takeTheirs() {
      const theirs = conflict
      if (theirs) known = stampOf(theirs)
      conflict = null
      waitingToSave = false
      clearTimeout(timer)
      return theirs
    },
    unsaved,
    stop() {
      clearTimeout(timer)
      for (const u of unsubscribe) u()
      events.removeEventListener('storage', onStorage)
      events.removeEventListener('pagehide', onHide)
      events.removeEventListener('beforeunload', onBeforeUnload)
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
