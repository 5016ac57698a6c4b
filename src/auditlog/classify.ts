// Telling what a scanned line is: which stage and level an audit event has, and a short, safe preview of a line
// for problem messages.
import { bytesOf, decodeRange, fieldEquals, fieldLength } from './fields.ts'
import { FIELD, type ScannedEvent } from './scan.ts'
import { STAGE_INDEX } from './signatures.ts'

/** EVENT, AUDIT_V1, AUDIT_GROUP: the kind and apiVersion values the analyzer compares against. */
export const EVENT = bytesOf('Event')
export const AUDIT_V1 = bytesOf('audit.k8s.io/v1')
export const AUDIT_GROUP = bytesOf('audit.k8s.io/')
/** UNKNOWN_STAGE: the stage index of an event with no stage, or one that is not one of the four. */
export const UNKNOWN_STAGE = 4

const LEVEL_WORDS = ['None', 'Metadata', 'Request', 'RequestResponse'].map((w) => [bytesOf(w), w] as const)
const STAGE_WORDS = (['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] as const).map(
  (w) => [bytesOf(w), w, STAGE_INDEX[w]] as const,
)

/** stageOf: the index of the event's stage, UNKNOWN_STAGE when missing or not one of the four. */
export function stageOf(ev: ScannedEvent): number {
  switch (fieldLength(ev, FIELD.stage)) {
    case 16:
      return fieldEquals(ev, FIELD.stage, STAGE_WORDS[2]![0], STAGE_WORDS[2]![1]) ? 2 : UNKNOWN_STAGE
    case 15:
      if (fieldEquals(ev, FIELD.stage, STAGE_WORDS[0]![0], STAGE_WORDS[0]![1])) return 0
      return fieldEquals(ev, FIELD.stage, STAGE_WORDS[1]![0], STAGE_WORDS[1]![1]) ? 1 : UNKNOWN_STAGE
    default:
      for (let i = 0; i < 4; i++)
        if (fieldEquals(ev, FIELD.stage, STAGE_WORDS[i]![0], STAGE_WORDS[i]![1])) return i
      return UNKNOWN_STAGE
  }
}

/** levelOf: the index of the event's level in LEVELS, −1 when missing or unknown. */
export function levelOf(ev: ScannedEvent): number {
  // The four words have four lengths: one comparison decides.
  switch (fieldLength(ev, FIELD.level)) {
    case 8:
      return fieldEquals(ev, FIELD.level, LEVEL_WORDS[1]![0], LEVEL_WORDS[1]![1]) ? 1 : -1
    case 15:
      return fieldEquals(ev, FIELD.level, LEVEL_WORDS[3]![0], LEVEL_WORDS[3]![1]) ? 3 : -1
    case 7:
      return fieldEquals(ev, FIELD.level, LEVEL_WORDS[2]![0], LEVEL_WORDS[2]![1]) ? 2 : -1
    case 4:
      return fieldEquals(ev, FIELD.level, LEVEL_WORDS[0]![0], LEVEL_WORDS[0]![1]) ? 0 : -1
    default:
      for (let l = 0; l < 4; l++)
        if (fieldEquals(ev, FIELD.level, LEVEL_WORDS[l]![0], LEVEL_WORDS[l]![1])) return l
      return -1
  }
}

/**
 * timeFieldOf: the FIELD that dates the event: stageTimestamp; else requestReceivedTimestamp; else the
 * `timestamp` of v1alpha1/v1beta1 events written before stageTimestamp existed (or null in it); −1 when none.
 */
export function timeFieldOf(ev: ScannedEvent): number {
  if (ev.has(FIELD.stageTimestamp)) return FIELD.stageTimestamp
  if (ev.has(FIELD.requestReceivedTimestamp)) return FIELD.requestReceivedTimestamp
  return ev.has(FIELD.timestamp) ? FIELD.timestamp : -1
}

/** preview shows the start of a line for a problem message, with control characters and junk replaced. */
export function preview(b: Uint8Array, s: number, e: number): string {
  const text = decodeRange(b, s, Math.min(e, s + 60)).replace(/[\p{Cc}\ufffd]/gu, '·')
  return JSON.stringify(text + (e - s > 60 ? '…' : ''))
}
