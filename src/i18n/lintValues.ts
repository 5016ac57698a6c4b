// What lint's words do with values, the same in every language (i18n/en/lint.ts and its Russian twin use it): a
// value quoted or cut for a headline, a list cut after a few values, a request written out short. The words around
// the values ("and 3 more", "in") are each language's own.
import type { FixCode, FixSay, LintCode, LintSay, RequestExample } from '../policy/lintMessages.ts'
import { formatNumber } from './format.ts'

/** Say: the parameters of one finding code. */
export type Say<C extends LintCode> = Extract<LintSay, { code: C }>
/** Fix: the parameters of one fix code. */
export type Fix<C extends FixCode> = Extract<FixSay, { code: C }>

/** q: a value in double quotes, escaped as JSON (an invisible character shows). */
export const q = (s: string) => JSON.stringify(s)

/** short: a value the user typed, cut to `max` characters for a headline (the field shows it whole). */
export const short = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/**
 * cutList: up to `max` values joined with commas ("" is shown as ""), then `more(N)` for the N left out, with N
 * written in the active language's digits ("a, b, c and 2 more").
 */
export function cutList(values: readonly string[], max: number, more: (rest: string) => string): string {
  const shown = values.slice(0, max).map((v) => (v === '' ? '""' : v))
  const rest = values.length - shown.length
  const joined = shown.join(', ')
  return rest > 0 ? `${joined} ${more(formatNumber(rest))}` : joined
}

/** requestText: a request in short, `get widgets.example.com` then `in` and the namespace when it has one. */
export function requestText(r: RequestExample, inWord: string): string {
  if (!r.resourceRequest) return `${r.verb} ${r.path}`
  const res = r.subresource === '' ? r.resource : `${r.resource}/${r.subresource}`
  const group = r.apiGroup === '' ? '' : `.${r.apiGroup}`
  const ns = r.namespace === '' ? '' : ` ${inWord} ${r.namespace}`
  return `${r.verb} ${res}${group}${ns}`
}
