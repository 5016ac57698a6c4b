// What one policy decision does to the events of one signature: which stages it keeps, how many bytes they take
// at the new level, what the log cannot show (bodies it did not record, stages it omitted).
import { LEVELS, type Policy, type RequestAttributes } from '../policy/index.ts'
import { COL, STAGE_COL, stageBase, STAGE_INDEX } from './signatures.ts'

/** Decision: a policy's answer for one request, in the form projection needs. */
export interface Decision {
  /** Index of the matching rule, or −1. */
  rule: number
  level: string
  /** 0 None … 3 RequestResponse; unknown levels rank like None. */
  levelIndex: number
  /** Bit (1 << stage index) set for each omitted stage. */
  omitMask: number
  omitManagedFields: boolean
}

/** decision turns evaluatePolicy's result (or a known rule index) into a Decision. */
export function decision(
  rule: number,
  level: string,
  omitStages: readonly string[],
  omitManagedFields: boolean,
): Decision {
  let omitMask = 0
  for (const s of omitStages) {
    const i = STAGE_INDEX[s as keyof typeof STAGE_INDEX]
    if (i !== undefined) omitMask |= 1 << i
  }
  return { rule, level, levelIndex: Math.max(0, LEVELS.indexOf(level as never)), omitMask, omitManagedFields }
}

/** decisionForRule is what evaluatePolicy returns when rule `index` (or none, −1) is the first match. */
export function decisionForRule(policy: Policy, index: number): Decision {
  const policyStages = policy.omitStages ?? []
  if (index < 0) return decision(-1, 'None', policyStages, policy.omitManagedFields ?? false)
  const r = policy.rules[index]!
  return decision(
    index,
    r.level,
    [...policyStages, ...(r.omitStages ?? [])],
    r.omitManagedFields ?? policy.omitManagedFields ?? false,
  )
}

/** Projection: a signature's requests, events and bytes as recorded, and as the decision would record them. */
export interface Projection {
  requests: number
  recordedEvents: number
  recordedBytes: number
  events: number
  bytes: number
  /** Part of bytes estimated for stages the log did not record. */
  estimatedBytes: number
  droppedRequests: number
  droppedEvents: number
  droppedBytes: number
  lowerBoundEvents: number
  /** Requests the decision records at a higher level than the log holds for them. */
  raisedRequests: number
}

/** emptyProjection is a Projection of nothing, to sum into. */
export const emptyProjection = (): Projection => ({
  requests: 0,
  recordedEvents: 0,
  recordedBytes: 0,
  events: 0,
  bytes: 0,
  estimatedBytes: 0,
  droppedRequests: 0,
  droppedEvents: 0,
  droppedBytes: 0,
  lowerBoundEvents: 0,
  raisedRequests: 0,
})

/** addProjection adds b into a. */
export function addProjection(a: Projection, b: Projection): void {
  a.requests += b.requests
  a.recordedEvents += b.recordedEvents
  a.recordedBytes += b.recordedBytes
  a.events += b.events
  a.bytes += b.bytes
  a.estimatedBytes += b.estimatedBytes
  a.droppedRequests += b.droppedRequests
  a.droppedEvents += b.droppedEvents
  a.droppedBytes += b.droppedBytes
  a.lowerBoundEvents += b.lowerBoundEvents
  a.raisedRequests += b.raisedRequests
}

const LONG_RUNNING_SUBRESOURCES = new Set(['attach', 'exec', 'proxy', 'log', 'portforward'])
const NO_RESPONSE_OBJECT = new Set(['attach', 'exec', 'proxy', 'log', 'portforward'])

/** isLongRunning: kube-apiserver's BasicLongRunningRequestCheck (these requests also emit ResponseStarted). */
export function isLongRunning(r: RequestAttributes): boolean {
  return (
    r.verb === 'watch' ||
    r.verb === 'proxy' ||
    (r.resourceRequest && LONG_RUNNING_SUBRESOURCES.has(r.subresource))
  )
}

/** mayHaveRequestBody: verbs whose request carries an object that level Request would log. */
const mayHaveRequestBody = (r: RequestAttributes) =>
  r.resourceRequest && (r.verb === 'create' || r.verb === 'update' || r.verb === 'patch')

/** mayHaveResponseBody: resource requests answered with an object that level RequestResponse would log. */
const mayHaveResponseBody = (r: RequestAttributes) =>
  r.resourceRequest && r.verb !== 'watch' && r.verb !== 'proxy' && !NO_RESPONSE_OBJECT.has(r.subresource)

/**
 * project computes a Projection for the statistics row at `base`. `request` is null for overflow rows (their
 * attributes were not kept), which gets no estimates for unrecorded stages and no lower-bound check. The result
 * is written into `p` when given (to avoid an object per signature).
 */
export function project(
  row: Float64Array,
  base: number,
  d: Decision,
  request: RequestAttributes | null,
  p: Projection = emptyProjection(),
): Projection {
  p.recordedEvents = p.recordedBytes = p.events = p.bytes = p.estimatedBytes = 0
  p.droppedRequests = p.droppedEvents = p.droppedBytes = p.lowerBoundEvents = p.raisedRequests = 0
  const requests = row[base + COL.requests]!
  p.requests = requests
  const L = d.levelIndex
  let finalEvents = 0
  let finalMeta = 0
  for (let st = 0; st < 4; st++) {
    const sb = base + stageBase(st)
    const events = row[sb + STAGE_COL.events]!
    if (events === 0) continue
    const meta = row[sb + STAGE_COL.metaBytes]!
    const recorded = meta + row[sb + STAGE_COL.requestBody]! + row[sb + STAGE_COL.responseBody]!
    p.recordedEvents += events
    p.recordedBytes += recorded
    if (st >= STAGE_INDEX.ResponseComplete) {
      finalEvents += events
      finalMeta += meta - row[sb + STAGE_COL.levelChars]!
    }
    if (L === 0 || d.omitMask & (1 << st)) {
      p.droppedEvents += events
      p.droppedBytes += recorded
      continue
    }
    let bytes = meta - row[sb + STAGE_COL.levelChars]! + events * d.level.length
    if (L >= 2)
      bytes +=
        row[sb + STAGE_COL.requestBody]! -
        (d.omitManagedFields ? row[sb + STAGE_COL.requestManagedFields]! : 0)
    if (L >= 3)
      bytes +=
        row[sb + STAGE_COL.responseBody]! -
        (d.omitManagedFields ? row[sb + STAGE_COL.responseManagedFields]! : 0)
    p.events += events
    p.bytes += bytes
  }
  if (L > 0 && request !== null && request.user !== null && finalEvents > 0) {
    // Stages the policy keeps but the log did not record for these requests: estimated from the final events.
    const perEvent = finalMeta / finalEvents + d.level.length
    const estimate = (stage: number) => {
      const missing = requests - row[base + stageBase(stage) + STAGE_COL.events]!
      if (missing <= 0 || d.omitMask & (1 << stage)) return
      p.events += missing
      p.bytes += missing * perEvent
      p.estimatedBytes += missing * perEvent
    }
    estimate(STAGE_INDEX.RequestReceived)
    if (isLongRunning(request)) estimate(STAGE_INDEX.ResponseStarted)
  }
  if (L === 0 || p.events === 0) p.droppedRequests = requests
  else if (L >= 2) p.raisedRequests = row[base + (L === 3 ? COL.belowRequestResponse : COL.belowRequest)]!
  if (request !== null && L >= 2) {
    if (L === 3 && mayHaveResponseBody(request)) p.lowerBoundEvents = row[base + COL.belowRequestResponse]!
    else if (mayHaveRequestBody(request)) p.lowerBoundEvents = row[base + COL.belowRequest]!
  }
  return p
}
