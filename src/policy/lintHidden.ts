// Characters a reader cannot see: bidirectional controls (U+202E turns "every verb" into "brev yreve" on screen)
// and invisible ones (U+200B, U+FEFF, …). kube-apiserver compares values byte for byte, so a user name that looks
// like "alice" may not be "alice"; lint names each such character by its code point before it reaches the Secret.
import { finding, lazyFix, withRules, type LintContext, type LintFinding } from './lintFinding.ts'
import { msg } from './lintMessages.ts'
import { LIST_RULE_FIELDS } from './ruleFields.ts'
import type { Policy, PolicyRule } from './types.ts'

/** HIDDEN: bidirectional controls and default-ignorable (invisible) code points, in any value lint reads. */
export const HIDDEN = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/gu
/** BIDI: what a note must not hold (a note may join emoji with U+200D or pick their style with U+FE0F). */
const BIDI = /\p{Bidi_Control}/gu

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
}

/** codePoint writes U+202E (four hex digits at least). */
export const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

/** hiddenIn lists the distinct hidden code points of `value`, in order of appearance. */
export function hiddenIn(value: string, pattern: RegExp = HIDDEN): number[] {
  const seen = new Set<number>()
  for (const m of value.matchAll(pattern)) seen.add(m[0].codePointAt(0)!)
  return [...seen]
}

/** showHidden writes each hidden character of `value` as ⟨U+202E⟩, so that the text shows what it holds. */
export const showHidden = (value: string, pattern: RegExp = HIDDEN) =>
  value.replace(pattern, (c) => `⟨${codePoint(c.codePointAt(0)!)}⟩`)

/** describeCodePoints: "U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE". */
export const describeCodePoints = (cps: readonly number[]) =>
  cps.map((cp) => (NAMES[cp] ? `${codePoint(cp)} ${NAMES[cp]}` : codePoint(cp))).join(', ')

type Edit = (value: string) => string
const strip: Edit = (v) => v.replace(HIDDEN, '')

/** Where a value sits, and how to rebuild the policy with it cleaned. */
interface Spot {
  at: string
  field: string
  value: string
  pattern: RegExp
  rebuild: (clean: Edit) => Policy
}

/** ruleSpots: every value of rule j lint reads, with how to replace it. */
function ruleSpots(ctx: LintContext, j: number): Spot[] {
  const rule = ctx.rules[j]!
  const out: Spot[] = []
  const withRule = (r: PolicyRule) =>
    withRules(
      ctx.policy,
      ctx.rules.map((x, k) => (k === j ? r : x)),
    )
  for (const field of LIST_RULE_FIELDS)
    rule[field]?.forEach((value, k) =>
      out.push({
        at: `rules[${j}].${field}[${k}]`,
        field,
        value,
        pattern: HIDDEN,
        rebuild: (clean) =>
          withRule({ ...rule, [field]: rule[field]!.map((v, x) => (x === k ? clean(v) : v)) }),
      }),
    )
  rule.resources?.forEach((gr, e) => {
    const withEntry = (entry: typeof gr) =>
      withRule({ ...rule, resources: rule.resources!.map((g, x) => (x === e ? entry : g)) })
    out.push({
      at: `rules[${j}].resources[${e}].group`,
      field: 'group',
      value: gr.group,
      pattern: HIDDEN,
      rebuild: (clean) => withEntry({ ...gr, group: clean(gr.group) }),
    })
    for (const field of ['resources', 'resourceNames'] as const)
      gr[field]?.forEach((value, k) =>
        out.push({
          at: `rules[${j}].resources[${e}].${field}[${k}]`,
          field,
          value,
          pattern: HIDDEN,
          rebuild: (clean) =>
            withEntry({ ...gr, [field]: gr[field]!.map((v, x) => (x === k ? clean(v) : v)) }),
        }),
      )
  })
  if (typeof rule.level === 'string')
    out.push({
      at: `rules[${j}].level`,
      field: 'level',
      value: rule.level,
      pattern: HIDDEN,
      rebuild: (clean) => withRule({ ...rule, level: clean(rule.level) }),
    })
  if (typeof rule.note === 'string')
    out.push({
      at: `rules[${j}].note`,
      field: 'note',
      value: rule.note,
      pattern: BIDI,
      rebuild: (clean) => withRule({ ...rule, note: clean(rule.note!) }),
    })
  return out
}

/**
 * lintHiddenCharacters: a value (a user, group, verb, namespace, resource, URL, stage, level or note) that holds
 * bidirectional controls or invisible characters; the finding names them by code point and offers to remove them.
 */
export function lintHiddenCharacters(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = []
  const spots = ctx.rules.flatMap((_r, j) => ruleSpots(ctx, j))
  ctx.policy.omitStages?.forEach((value, k) =>
    spots.push({
      at: `omitStages[${k}]`,
      field: 'omitStages',
      value,
      pattern: HIDDEN,
      rebuild: (clean) => ({
        ...ctx.policy,
        omitStages: ctx.policy.omitStages!.map((v, x) => (x === k ? clean(v) : v)),
      }),
    }),
  )
  for (const spot of spots) {
    if (typeof spot.value !== 'string') continue
    const cps = hiddenIn(spot.value, spot.pattern)
    if (cps.length === 0) continue
    const clean: Edit = spot.pattern === HIDDEN ? strip : (v) => v.replace(BIDI, '')
    out.push(
      finding({
        id: 'hidden-characters',
        severity: 'warning',
        source: 'kube-apiserver',
        at: spot.at,
        say: msg.hiddenCharacters(spot.field, showHidden(spot.value, spot.pattern), describeCodePoints(cps)),
        fix: lazyFix(msg.fixHiddenCharacters(spot.field), () => spot.rebuild(clean)),
      }),
    )
  }
  return out
}
