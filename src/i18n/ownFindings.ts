// Our own findings in the active language, read at each call (the CLI sets the language when it starts): the
// core gives each as a code with parameters (policy/ownFindings.ts), the words are en/ru ownFindings.ts.
import type { Diagnostic } from '../policy/types.ts'
import type { OwnFinding } from '../policy/ownFindings.ts'
import type { ParseResult } from '../policy/parse.ts'
import { ownFindings as en, type OwnFindingWords } from './en/ownFindings.ts'
import { locale } from './locale.ts'
import { ownFindings as ru } from './ru/ownFindings.ts'

/** ownWords: the sentences of our own findings in the active language. */
export function ownWords(): OwnFindingWords {
  return locale() === 'ru' ? ru : en
}

/** ownText: one own finding in words (`words`: a language's sentences, the active one's by default). */
export function ownText(f: OwnFinding, words: OwnFindingWords = ownWords()): string {
  // Each code's function takes that code's parameters (the `satisfies` map in en/ownFindings.ts checks it).
  const say = words[f.code] as (f: OwnFinding) => string
  return say(f)
}

/** diagnosticText: a diagnostic's message, in the active language when it is ours, else as its author wrote it. */
export function diagnosticText(d: Pick<Diagnostic, 'message' | 'own'>, words?: OwnFindingWords): string {
  return d.own ? ownText(d.own, words) : d.message
}

/** failureText: why a policy does not load, in the active language when the reason is ours. */
export function failureText(r: Pick<ParseResult, 'failure' | 'failureOwn'>, words?: OwnFindingWords): string {
  return r.failureOwn ? ownText(r.failureOwn, words) : (r.failure ?? '')
}
