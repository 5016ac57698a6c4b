// Finding the signature of a scanned event in two steps: first its request without the object name (a template:
// user, groups, verb, resource or URL, namespace and user agent; few, hot in cache, decoded once), then its name
// within that template. Past maxSignatures, signatures leave the name out and remember what the scanned policies
// decided instead; past maxNamelessSignatures (or too many templates), only totals per decision are kept.
import { evaluatePolicy } from '../policy/evaluate.ts'
import type { GroupResources, RequestAttributes } from '../policy/types.ts'
import { fieldString } from './fields.ts'
import { KeyBuilder } from './keys.ts'
import { nameEntries, nameMatters } from './names.ts'
import { hasName, RequestDecoder } from './requests.ts'
import { FIELD, type ScannedEvent } from './scan.ts'
import { SignatureTable, type SignatureInfo } from './signatures.ts'
import { StatsStore } from './stats.ts'
import type { AnalyzeOptions, PolicyUnderTest } from './types.ts'

/** Template: a request without its object name, shared by every signature that differs only by the name. */
export interface Template {
  request: RequestAttributes
  userAgent: string
  /** Whether the object name can be part of the policy's decision at all (not for a plain create). */
  hasName: boolean
  /** Signatures of this template that carry a sample. */
  samples: number
  /**
   * Without a name (hasName false) a template has one named signature: its id once known, −1 before. Saves the
   * second look-up for those requests (hand-written for measured speed, see docs/notes/analyzer-speed.md).
   */
  signature: number
  /**
   * With a name: the named signature this template's last request went to, −1 before. The next request of the
   * template often names the same object (a lease renewed, a node's status): its name is compared with that
   * signature's key first (40 % of the named requests of the generator's Metadata log), before the key is built
   * and looked up. Hand-written for measured speed (docs/notes/analyzer-speed.md).
   */
  last: number
  /** The rule (−1 none) each scanned policy chooses, null when a name can decide; undefined until needed. */
  outcomes?: number[] | null
}

/** OverflowBucket: totals of requests beyond every cap, by what the scanned policies decided (one row). */
export interface OverflowBucket {
  outcomes: number[]
  stats: StatsStore
}

const NAMED = 1
const NAMELESS = 2
/** The bytes of a named signature's key before the name (KeyBuilder.buildNamed: template id and kind). */
const KEY_HEAD = 5

/** nameOf: the object name the policy sees for `ev`, a request of this template. */
const nameOf = (t: Template, ev: ScannedEvent) => (t.hasName ? (fieldString(ev, FIELD.name) ?? '') : '')

/** SignatureIndex maps scanned events to statistics rows. */
export class SignatureIndex {
  /** Signatures, and their statistics (row = signature id). */
  readonly table = new SignatureTable<SignatureInfo>()
  readonly stats = new StatsStore()
  readonly overflow = new Map<string, OverflowBucket>()
  namelessCount = 0
  /** Set by locate when it returns −1: the bucket to count the event in. */
  bucket: OverflowBucket | null = null
  /** Set by locate when it returns an id: the signature's template. */
  template: Template | null = null
  private readonly templates = new SignatureTable<Template>()
  private readonly templateKey = new KeyBuilder()
  private readonly key = new KeyBuilder()
  private readonly decoder = new RequestDecoder()
  private readonly policies: PolicyUnderTest[]
  private readonly nameEntries: GroupResources[][]
  private readonly useNames: boolean
  private readonly maxSignatures: number
  private readonly maxNameless: number

  constructor(policies: PolicyUnderTest[], options: Required<AnalyzeOptions>) {
    this.policies = policies
    this.nameEntries = policies.map((p) => nameEntries(p.policy))
    this.useNames = this.nameEntries.some((e) => e.length > 0)
    this.maxSignatures = options.maxSignatures
    this.maxNameless = options.maxNamelessSignatures
  }

  /** locate returns the signature id of `ev` (adding it when there is room), or −1 with `bucket` set. */
  locate(ev: ScannedEvent): number {
    const tk = this.templateKey
    const th = tk.build(ev, false)
    let tid = this.templates.find(tk.words, tk.length, th)
    if (tid < 0) {
      if (this.templates.size >= this.maxSignatures + this.maxNameless) return this.spill(ev)
      const info = this.decoder.decode(ev, false)
      tid = this.templates.add(tk.words, tk.length, th, {
        request: info.request,
        userAgent: info.userAgent,
        hasName: hasName(info.request),
        samples: 0,
        signature: -1,
        last: -1,
      })
    }
    const template = this.templates.infos[tid]!
    this.template = template
    if (template.signature >= 0) return template.signature
    if (template.last >= 0) {
      const s = ev.start[FIELD.name]!
      const e = s < 0 ? s : ev.end[FIELD.name]!
      if (this.table.tailEquals(template.last, KEY_HEAD, ev.buf, s, e)) return template.last
    }
    const k = this.key
    const h = k.buildNamed(tid, NAMED, template.hasName ? ev : null)
    let id = this.table.find(k.words, k.length, h)
    if (id < 0 && this.table.size - this.namelessCount < this.maxSignatures) {
      this.stats.addRow()
      id = this.table.add(k.words, k.length, h, {
        request: template.request,
        name: nameOf(template, ev),
        userAgent: template.userAgent,
        outcomes: null,
        sample: null,
      })
    }
    if (id >= 0) {
      if (!template.hasName) template.signature = id
      else template.last = id
      return id
    }
    // Past the cap: leave the name out, keeping what the scanned policies decided when a name can matter.
    const outcomes = this.outcomes(template, ev)
    const h2 = k.buildNamed(tid, NAMELESS, null)
    const h3 = this.useNames ? k.appendOutcomes(outcomes) : h2
    id = this.table.find(k.words, k.length, h3)
    if (id >= 0) return id
    if (this.namelessCount < this.maxNameless) {
      this.namelessCount++
      this.stats.addRow()
      return this.table.add(k.words, k.length, h3, {
        request: template.request,
        name: null,
        userAgent: template.userAgent,
        outcomes: this.useNames ? outcomes : null,
        sample: null,
      })
    }
    this.bucket = this.bucketFor(outcomes)
    return -1
  }

  /** outcomes: what each scanned policy decides for a template's request (with this event's name if it can matter). */
  private outcomes(template: Template, ev: ScannedEvent): number[] {
    if (template.outcomes === undefined) {
      const sensitive = this.nameEntries.some((entries) => nameMatters(entries, template.request))
      template.outcomes = sensitive ? null : this.decide(template.request)
    }
    if (template.outcomes !== null) return template.outcomes
    return this.decide({ ...template.request, name: nameOf(template, ev) })
  }

  /** spill counts an event past every cap: decoded and decided on its own, into the totals of its decision. */
  private spill(ev: ScannedEvent): number {
    this.template = null
    this.bucket = this.bucketFor(this.decide(this.decoder.decode(ev, true).request))
    return -1
  }

  private decide(request: RequestAttributes): number[] {
    return this.policies.map((p) => evaluatePolicy(p.policy, request).matchedRule ?? -1)
  }

  private bucketFor(outcomes: number[]): OverflowBucket {
    const key = outcomes.join(',')
    let bucket = this.overflow.get(key)
    if (!bucket) {
      bucket = { outcomes, stats: new StatsStore(1) }
      bucket.stats.addRow()
      this.overflow.set(key, bucket)
    }
    return bucket
  }
}
