// Stored work, the format: the whole document (every field but the rule ids, whatever fields it has) and the
// YAML editor's draft as versioned JSON, and reading it back checked field by field (the policy's fields by the
// tables in policy/ruleFields.ts). Pure: no storage, no timers. A reading that fails says why (a ReadProblem
// code with the field's path), never throws. Share links (share.ts) carry the same document data.
import { defaultDkpSettings, type DkpSettings } from '../policy/moduleconfig.ts'
import { defaultKubernetesVersion, isKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'
import { GROUP_LIST_FIELDS, POLICY_SETTING_TABLE, RULE_FIELD_TABLE } from '../policy/ruleFields.ts'
import type { GroupResources, Policy, PolicyRule, Target } from '../policy/types.ts'
import { isBlankDocument, sameDocument } from './edits.ts'
import { createDocument, freshIds, readSavedRequests, type EditorDocument } from './document.ts'

/** FORMAT / FORMAT_VERSION: what the stored (and shared) data says it is. */
export const FORMAT = 'audit-policy-builder'
export const FORMAT_VERSION = 1
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
    // The policy-wide settings after the rules, in the table's order (policy/ruleFields.ts).
    for (const f of POLICY_SETTING_TABLE) {
      const value = v[f.name]
      if (f.kind === 'stages') {
        const list = strings(value, f.name)
        if (list) policy[f.name] = list
        continue
      }
      if (value !== undefined && typeof value !== 'boolean')
        throw new Bad({ code: 'not-boolean', at: f.name })
      if (value === true) policy[f.name] = true
    }
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

/** isBlankWork: work with nothing in it (a blank document, no draft): nothing to keep. */
export const isBlankWork = (work: Pick<SavedWork, 'doc' | 'draft'>) =>
  work.draft === undefined && isBlankDocument(work.doc)
