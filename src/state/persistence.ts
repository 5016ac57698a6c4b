// Keeping work in the browser: the whole document (every field but the rule ids, whatever fields it has) and
// the YAML editor's draft, saved to localStorage after every change settles, versioned, and checked when read
// back. Bad stored data gives a clear message and a clean start (the unreadable copy is set aside; when there is
// no room for a copy it stays where it was and autosave does not write over it), never a crash. Another tab's save is noticed, not overwritten: autosave pauses until the user chooses, checks the
// stored save's stamp before every write, and the browser asks before a tab with unsaved work is closed.
import { defaultDkpSettings, type DkpSettings } from '../policy/moduleconfig.ts'
import { defaultKubernetesVersion, isKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'
import { GROUP_LIST_FIELDS, RULE_FIELD_TABLE } from '../policy/ruleFields.ts'
import type { GroupResources, Policy, PolicyRule, Target } from '../policy/types.ts'
import { isBlankDocument, sameDocument } from './edits.ts'
import { createDocument, freshIds, readSavedRequests, type EditorDocument } from './document.ts'
import { draftFor, draftToKeep } from './draft.ts'
import type { EditorStore } from './store.ts'

/** AUTOSAVE_KEY: where the work is kept in localStorage. */
export const AUTOSAVE_KEY = 'audit-policy-builder:work'
/** UNREADABLE_KEY: where stored work that could not be read is set aside (nothing is thrown away). */
export const UNREADABLE_KEY = 'audit-policy-builder:work-unreadable'
/** FORMAT / FORMAT_VERSION: what the stored (and shared) data says it is. */
export const FORMAT = 'audit-policy-builder'
export const FORMAT_VERSION = 1
/** AUTOSAVE_DELAY_MS: how long edits must settle before they are saved. */
export const AUTOSAVE_DELAY_MS = 400
/**
 * MAX_RULES: the most rules the builder takes in (import, YAML, restore, links). The forms render every rule;
 * beyond about 3,000 the page freezes for seconds (measured), and real policies have tens.
 */
export const MAX_RULES = 2000

/**
 * ReadProblem: why stored or shared data could not be read, as a code with its parameters (`at` is the field's
 * path, e.g. `rules[0].level`); src/i18n (savedWork) puts it in words.
 */
export type ReadProblem =
  | {
      code: 'not-texts' | 'not-rule' | 'not-text' | 'not-list' | 'not-group' | 'not-boolean' | 'not-object'
      at: string
    }
  | { code: 'not-number' | 'not-output'; at: string }
  | { code: 'no-rules' | 'settings-not-object' | 'switch-not-boolean' | 'unknown-version' | 'unknown-target' }
  | { code: 'no-document' | 'not-json' | 'not-ours' | 'draft-not-text' }
  | { code: 'too-many-rules'; rules: number; max: number }
  | { code: 'format-version'; found: string; reads: number }

/**
 * StorageProblem: why the browser's storage could not be used (`error` is the browser's own message); src/i18n
 * (savedWork) puts it in words. `blocked`: unreadable work that could not be copied aside sits where autosave
 * writes, so autosave does not write over it.
 */
export type StorageProblem =
  | { code: 'storage-unreadable' | 'storage-refused'; error: string }
  | { code: 'storage-full' | 'blocked' | 'no-storage' }

/** ReadOutcome: a value read back, or why it could not be. */
export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; reason: ReadProblem }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

class Bad extends Error {
  readonly problem: ReadProblem
  constructor(problem: ReadProblem) {
    super(problem.code)
    this.problem = problem
  }
}

function strings(v: unknown, where: string): string[] | undefined {
  if (v === undefined) return undefined
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
    throw new Bad({ code: 'not-texts', at: where })
  return v.length > 0 ? v : undefined
}

function readGroup(g: unknown, at: string): GroupResources {
  if (!isRecord(g) || typeof g.group !== 'string') throw new Bad({ code: 'not-group', at })
  const out: GroupResources = { group: g.group }
  for (const f of GROUP_LIST_FIELDS) {
    const list = strings(g[f], `${at}.${f}`)
    if (list) out[f] = list
  }
  return out
}

function readRule(v: unknown, where: string): PolicyRule {
  if (!isRecord(v)) throw new Bad({ code: 'not-rule', at: where })
  const rule: PolicyRule = { level: '' }
  for (const f of RULE_FIELD_TABLE) {
    const value = v[f.name]
    const at = `${where}.${f.name}`
    switch (f.kind) {
      case 'level':
        if (typeof value !== 'string') throw new Bad({ code: 'not-text', at })
        rule[f.name] = value
        break
      case 'strings':
      case 'stages': {
        const list = strings(value, at)
        if (list) rule[f.name] = list
        break
      }
      case 'groups': {
        if (value === undefined) break
        if (!Array.isArray(value)) throw new Bad({ code: 'not-list', at })
        const groups = value.map((g, j) => readGroup(g, `${at}[${j}]`))
        if (groups.length > 0) rule[f.name] = groups
        break
      }
      case 'bool':
        if (value === undefined) break
        if (typeof value !== 'boolean') throw new Bad({ code: 'not-boolean', at })
        rule[f.name] = value
        break
    }
  }
  if (v.note !== undefined) {
    if (typeof v.note !== 'string') throw new Bad({ code: 'not-text', at: `${where}.note` })
    if (v.note !== '') rule.note = v.note
  }
  return rule
}

/** readPolicy checks stored policy data field by field and returns the policy, or why it is not one. */
export function readPolicy(v: unknown): ReadOutcome<Policy> {
  try {
    if (!isRecord(v) || !Array.isArray(v.rules)) throw new Bad({ code: 'no-rules' })
    if (v.rules.length > MAX_RULES)
      throw new Bad({ code: 'too-many-rules', rules: v.rules.length, max: MAX_RULES })
    const policy: Policy = { rules: v.rules.map((r, i) => readRule(r, `rules[${i}]`)) }
    const stages = strings(v.omitStages, 'omitStages')
    if (stages) policy.omitStages = stages
    if (v.omitManagedFields !== undefined && typeof v.omitManagedFields !== 'boolean')
      throw new Bad({ code: 'not-boolean', at: 'omitManagedFields' })
    if (v.omitManagedFields === true) policy.omitManagedFields = true
    return { ok: true, value: policy }
  } catch (e) {
    if (e instanceof Bad) return { ok: false, reason: e.problem }
    throw e
  }
}

/** readDkpSettings checks stored ModuleConfig settings; absent ones take DKP's defaults. */
export function readDkpSettings(v: unknown): ReadOutcome<DkpSettings> {
  const d = defaultDkpSettings()
  if (!isRecord(v)) return { ok: false, reason: { code: 'settings-not-object' } }
  const log = v.auditLog === undefined ? {} : v.auditLog
  if (!isRecord(log)) return { ok: false, reason: { code: 'not-object', at: 'auditLog' } }
  const out: DkpSettings = {
    auditPolicyEnabled: v.auditPolicyEnabled ?? d.auditPolicyEnabled,
    basicAuditPolicyEnabled: v.basicAuditPolicyEnabled ?? d.basicAuditPolicyEnabled,
    version: v.version ?? d.version,
    auditLog: { output: log.output ?? d.auditLog.output, path: log.path ?? d.auditLog.path },
  } as DkpSettings
  if (typeof out.auditPolicyEnabled !== 'boolean' || typeof out.basicAuditPolicyEnabled !== 'boolean')
    return { ok: false, reason: { code: 'switch-not-boolean' } }
  if (typeof out.version !== 'number')
    return { ok: false, reason: { code: 'not-number', at: 'spec.version' } }
  if (out.auditLog.output !== 'File' && out.auditLog.output !== 'Stdout')
    return { ok: false, reason: { code: 'not-output', at: 'auditLog.output' } }
  if (typeof out.auditLog.path !== 'string')
    return { ok: false, reason: { code: 'not-text', at: 'auditLog.path' } }
  return { ok: true, value: out }
}

const isTarget = (v: unknown): v is Target => v === 'kube-apiserver' || v === 'deckhouse'
const readVersion = (v: unknown): ReadOutcome<KubernetesVersion> =>
  isKubernetesVersion(v) ? { ok: true, value: v } : { ok: false, reason: { code: 'unknown-version' } }

/** Readers for the fields whose shape is known here; every other field is checked against its default's kind. */
const FIELD_READERS: Record<string, (v: unknown) => ReadOutcome<unknown>> = {
  policy: readPolicy,
  dkp: readDkpSettings,
  target: (v) => (isTarget(v) ? { ok: true, value: v } : { ok: false, reason: { code: 'unknown-target' } }),
  savedRequests: (v) => ({ ok: true, value: readSavedRequests(v) }),
  kubernetesVersion: readVersion,
}

const kindOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)

/** documentData is the document as plain data: every field except the rule ids (they are made afresh). */
export function documentData(doc: EditorDocument): Record<string, unknown> {
  const { ruleIds: _ids, ...data } = doc
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>
}

/**
 * readDocument turns stored or shared data back into a document: known fields are checked, a missing field
 * takes its default (data from an older version), an unknown one is dropped (from a newer one), and any other
 * field must have its default's kind (list, object, text, …) or it takes the default.
 */
export function readDocument(data: unknown): ReadOutcome<EditorDocument> {
  if (!isRecord(data)) return { ok: false, reason: { code: 'no-document' } }
  const base = createDocument() as unknown as Record<string, unknown>
  const out: Record<string, unknown> = { ...base }
  for (const key of Object.keys(base)) {
    if (key === 'ruleIds' || data[key] === undefined) continue
    const reader = FIELD_READERS[key]
    if (reader) {
      const r = reader(data[key])
      if (!r.ok) return r
      out[key] = r.value
    } else if (kindOf(data[key]) === kindOf(base[key])) out[key] = data[key]
  }
  const doc = out as unknown as EditorDocument
  // Data from before the version existed: the target's default, as createDocument would choose.
  if (data.kubernetesVersion === undefined) doc.kubernetesVersion = defaultKubernetesVersion(doc.target)
  return { ok: true, value: { ...doc, ruleIds: freshIds(doc.policy.rules.length) } }
}

/** SavedWork: what autosave keeps: the document, the editor's draft, when and by which tab. */
export interface SavedWork {
  doc: EditorDocument
  /** The YAML editor's text when it is not the canonical text of the policy (see draftToKeep). */
  draft?: string
  savedAt: number
  /** The id of the tab that saved it. */
  tab: string
}

/** encodeWork writes SavedWork as the stored JSON text. */
export function encodeWork(work: SavedWork): string {
  return JSON.stringify({
    format: FORMAT,
    version: FORMAT_VERSION,
    savedAt: work.savedAt,
    tab: work.tab,
    doc: documentData(work.doc),
    ...(work.draft !== undefined ? { draft: work.draft } : {}),
  })
}

/** decodeWork reads the stored JSON text back, checking it (see readDocument). */
export function decodeWork(raw: string): ReadOutcome<SavedWork> {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, reason: { code: 'not-json' } }
  }
  if (!isRecord(data) || data.format !== FORMAT) return { ok: false, reason: { code: 'not-ours' } }
  if (data.version !== FORMAT_VERSION)
    return {
      ok: false,
      reason: { code: 'format-version', found: String(data.version), reads: FORMAT_VERSION },
    }
  const doc = readDocument(data.doc)
  if (!doc.ok) return doc
  if (data.draft !== undefined && typeof data.draft !== 'string')
    return { ok: false, reason: { code: 'draft-not-text' } }
  return {
    ok: true,
    value: {
      doc: doc.value,
      draft: data.draft as string | undefined,
      savedAt: typeof data.savedAt === 'number' ? data.savedAt : 0,
      tab: typeof data.tab === 'string' ? data.tab : '',
    },
  }
}

/** stampOf names one save (which tab, when): a save this tab has not seen is newer than what it holds. */
export function stampOf(work: Pick<SavedWork, 'savedAt' | 'tab'>): string {
  return `${work.tab}@${work.savedAt}`
}

/** sameWork tells whether two saves hold the same work (document and draft), whoever saved it and when. */
export function sameWork(a: Pick<SavedWork, 'doc' | 'draft'>, b: Pick<SavedWork, 'doc' | 'draft'>): boolean {
  return (a.draft ?? null) === (b.draft ?? null) && sameDocument(a.doc, b.doc)
}

const isBlankWork = (work: Pick<SavedWork, 'doc' | 'draft'>) =>
  work.draft === undefined && isBlankDocument(work.doc)

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
