import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { aFullDocument } from '../testing/fullDocument.ts'
import { loadDocument, sameDocument, setTarget } from './edits.ts'
import { createDocument, type EditorDocument } from './document.ts'
import { draftFor } from './draft.ts'
import {
  AUTOSAVE_KEY,
  restoreWork,
  BLOCKED_REASON,
  startAutosave,
  UNREADABLE_KEY,
  type AutosaveStatus,
} from './persistence.ts'
import { createEditorStore } from './store.ts'
import { decodeWork, encodeWork } from './storedWork.ts'

/** memoryStorage is a Storage in memory; `full` makes every write fail as a full quota does. */
function memoryStorage(full = false): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      map.set(k, String(v))
    },
  }
}

/** quotaStorage holds at most `chars` characters of keys and values, as a browser's quota does. */
function quotaStorage(chars: number): Storage & { map: Map<string, string> } {
  const storage = memoryStorage()
  const used = () => [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0)
  const set = storage.setItem
  storage.setItem = (k, v) => {
    const before = storage.map.get(k)
    if (used() - (before === undefined ? 0 : k.length + before.length) + k.length + String(v).length > chars)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    set(k, v)
  }
  return storage
}

describe('restoreWork', () => {
  it('says when nothing is stored', () => {
    expect(restoreWork(memoryStorage()).kind).toBe('none')
  })

  it('restores stored work', () => {
    const storage = memoryStorage()
    storage.setItem(AUTOSAVE_KEY, encodeWork({ doc: aFullDocument(), savedAt: 1, tab: 'a' }))
    const r = restoreWork(storage)
    expect(r.kind === 'restored' && sameDocument(r.work.doc, aFullDocument())).toBe(true)
  })

  it('sets unreadable data aside and reports it', () => {
    const storage = memoryStorage()
    storage.setItem(AUTOSAVE_KEY, 'garbage')
    const r = restoreWork(storage)
    expect(r).toEqual({ kind: 'unreadable', reason: { code: 'not-json' }, setAside: true })
    expect(storage.getItem(UNREADABLE_KEY)).toBe('garbage')
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull()
  })
})

describe('unreadable saved work is never overwritten without a copy', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  // A cut save: unreadable, and big enough that the storage has no room for a second copy of it.
  const BIG = '{"format":"audit-policy-builder","version":1,"doc":{"policy":{"rules":[' + 'x'.repeat(6000)

  const autosaveOn = (storage: Storage) => {
    const store = createEditorStore(createDocument())
    const statuses: AutosaveStatus[] = []
    startAutosave(store, {
      storage,
      tab: 'mine',
      delayMs: 100,
      events: new EventTarget() as unknown as Window,
      now: () => 42,
      onStatus: (st) => statuses.push(st),
    })
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(100)
    return statuses
  }

  it('no room for a copy: restore leaves it where it was and says so', () => {
    const storage = quotaStorage(10_000)
    storage.setItem(AUTOSAVE_KEY, BIG)
    expect(restoreWork(storage)).toEqual({
      kind: 'unreadable',
      reason: { code: 'not-json' },
      setAside: false,
    })
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(BIG)
  })

  it('no room for a copy: autosave stops and says so, and the original is kept', () => {
    const storage = quotaStorage(10_000)
    storage.setItem(AUTOSAVE_KEY, BIG)
    restoreWork(storage)
    const statuses = autosaveOn(storage)
    expect(statuses).toEqual([{ kind: 'failed', reason: BLOCKED_REASON }])
    expect(BLOCKED_REASON).toEqual({ code: 'blocked' })
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(BIG)
  })

  it('with room, the copy is made before the first save writes', () => {
    const storage = quotaStorage(20_000)
    storage.setItem(AUTOSAVE_KEY, BIG)
    const statuses = autosaveOn(storage)
    expect(statuses).toEqual([{ kind: 'saved', at: 42 }])
    expect(storage.getItem(UNREADABLE_KEY)).toBe(BIG)
    expect(decodeWork(storage.getItem(AUTOSAVE_KEY)!).ok).toBe(true)
  })

  it('an earlier set-aside copy is not replaced by a later one', () => {
    const storage = memoryStorage()
    storage.setItem(UNREADABLE_KEY, 'older')
    storage.setItem(AUTOSAVE_KEY, 'newer')
    expect(restoreWork(storage)).toMatchObject({ kind: 'unreadable', setAside: true })
    expect(storage.getItem(UNREADABLE_KEY)).toBe('older')
    expect(storage.getItem(`${UNREADABLE_KEY}-2`)).toBe('newer')
  })
})

describe('startAutosave', () => {
  let events: EventTarget
  beforeEach(() => {
    vi.useFakeTimers()
    events = new EventTarget()
  })
  afterEach(() => vi.useRealTimers())

  const setup = (storage = memoryStorage()) => {
    const store = createEditorStore(createDocument())
    const statuses: AutosaveStatus[] = []
    const autosave = startAutosave(store, {
      storage,
      tab: 'mine',
      delayMs: 100,
      events: events as unknown as Window,
      now: () => 42,
      onStatus: (s) => statuses.push(s),
    })
    return { store, storage, statuses, autosave }
  }
  const stored = (storage: Storage) => decodeWork(storage.getItem(AUTOSAVE_KEY)!)
  const otherTab = (storage: Storage, doc: EditorDocument) => {
    const value = encodeWork({ doc, savedAt: 2, tab: 'theirs' })
    storage.setItem(AUTOSAVE_KEY, value)
    const e = new Event('storage') as StorageEvent
    Object.assign(e, { key: AUTOSAVE_KEY, newValue: value, storageArea: storage })
    events.dispatchEvent(e)
  }

  it('saves once edits settle, with the draft when the editor text is not canonical', () => {
    const { store, storage, statuses } = setup()
    store.dispatch(setTarget, 'kube-apiserver')
    draftFor(store).set({ text: 'rules: [', basis: store.getState().doc.policy, status: 'broken' })
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull()
    vi.advanceTimersByTime(100)
    const r = stored(storage)
    expect(r.ok && r.value.doc.target).toBe('kube-apiserver')
    expect(r.ok && r.value.draft).toBe('rules: [')
    expect(statuses).toEqual([{ kind: 'saved', at: 42 }])
  })

  it('reports a full storage instead of throwing', () => {
    const { store, statuses } = setup(memoryStorage(true))
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(100)
    expect(statuses).toEqual([{ kind: 'failed', reason: { code: 'storage-full' } }])
  })

  it('stops saving when another tab saves other work, until the user chooses', () => {
    const { store, storage, statuses, autosave } = setup()
    const theirs = createDocument(aPolicy([aRule({ level: 'None' })]))
    otherTab(storage, theirs)
    expect(statuses.at(-1)?.kind).toBe('conflict')
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(500)
    // Their work is still what is stored.
    const r = stored(storage)
    expect(r.ok && sameDocument(r.value.doc, theirs)).toBe(true)
    autosave.keepMine()
    const mine = stored(storage)
    expect(mine.ok && mine.value.doc.target).toBe('kube-apiserver')
  })

  it('hands over the other tab’s work when the user takes it', () => {
    const { storage, autosave } = setup()
    const theirs = createDocument(aPolicy([aRule({ level: 'None' })]))
    otherTab(storage, theirs)
    const taken = autosave.takeTheirs()
    expect(taken && sameDocument(taken.doc, theirs)).toBe(true)
  })

  it('is not troubled by another tab saving the same work', () => {
    const { store, storage, statuses } = setup()
    otherTab(storage, store.getState().doc)
    expect(statuses).toEqual([])
  })

  it('saves right away when the page is hidden', () => {
    const { store, storage } = setup()
    store.dispatch(setTarget, 'kube-apiserver')
    events.dispatchEvent(new Event('pagehide'))
    expect(stored(storage).ok).toBe(true)
  })

  it('does not write over a newer save of another tab it was not told about, and asks', () => {
    const { store, storage, statuses } = setup()
    const theirs = createDocument(aPolicy([aRule({ level: 'None' })]))
    // Written without a storage event reaching this tab (a missed or late event).
    storage.setItem(AUTOSAVE_KEY, encodeWork({ doc: theirs, savedAt: 7, tab: 'theirs' }))
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(100)
    const r = stored(storage)
    expect(r.ok && sameDocument(r.value.doc, theirs)).toBe(true)
    expect(statuses.at(-1)?.kind).toBe('conflict')
  })

  it('goes on saving over its own saves and over a save it has taken', () => {
    const { store, storage, statuses, autosave } = setup()
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(100)
    otherTab(storage, createDocument(aPolicy([aRule({ level: 'None' })])))
    const taken = autosave.takeTheirs()
    store.dispatch(loadDocument, taken!.doc)
    store.dispatch(setTarget, 'kube-apiserver')
    vi.advanceTimersByTime(100)
    const r = stored(storage)
    expect(r.ok && r.value.tab).toBe('mine')
    expect(r.ok && r.value.doc.target).toBe('kube-apiserver')
    expect(r.ok && r.value.doc.policy.rules).toHaveLength(1)
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 42 })
  })

  const closing = () => {
    const e = new Event('beforeunload', { cancelable: true })
    events.dispatchEvent(e)
    return e.defaultPrevented
  }

  it('has the browser ask before closing only while work is not saved', () => {
    const { store, storage, autosave } = setup()
    // Blank and nothing stored: nothing to lose.
    expect(closing()).toBe(false)
    // An edit waiting to be saved is saved on closing, so there is nothing to ask.
    store.dispatch(setTarget, 'kube-apiserver')
    expect(closing()).toBe(false)
    expect(stored(storage).ok).toBe(true)
    // While another tab's save is unsettled, this tab's edits are not stored: ask.
    otherTab(storage, createDocument(aPolicy([aRule({ level: 'None' })])))
    store.dispatch(setTarget, 'deckhouse')
    expect(autosave.unsaved()).toBe(true)
    expect(closing()).toBe(true)
    autosave.keepMine()
    expect(closing()).toBe(false)
  })

  it('has the browser ask before closing when the storage refuses the work', () => {
    const { store } = setup(memoryStorage(true))
    draftFor(store).set({ text: 'rules: [', basis: store.getState().doc.policy, status: 'broken' })
    expect(closing()).toBe(true)
  })
})
