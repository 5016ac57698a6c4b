// The simulator's "why not" line in the active language (i18n/locale.ts), from explainRule's code.
import type { Mismatch } from '../policy/evaluate.ts'
import { whyNot as en } from './en/whyNot.ts'
import { locale } from './locale.ts'
import { whyNot as ru } from './ru/whyNot.ts'

/** whyNotText: "verbs: get is not in [create, update]" — why a rule passed the request over. */
export function whyNotText(m: Mismatch, words: typeof en = locale() === 'ru' ? ru : en): string {
  const reason = words.reason[m.say.code] as (s: Mismatch['say']) => string
  return words.line(m.field, reason(m.say))
}
