// Why a pasted request could not be read (policy/request-text.ts's code), in the active language.
import { t } from '../../i18n/verify.ts'
import type { RequestTextProblem } from '../../policy/requestText.ts'

type Words = typeof t.verify.simulator.paste.errors

/** pasteErrorText: "this is not valid JSON: paste one audit event per line" for code `not-json`. */
export function pasteErrorText(
  p: RequestTextProblem,
  words: Words = t.verify.simulator.paste.errors,
): string {
  return p.code === 'too-deep' ? words['too-deep'](p.depth) : words[p.code]
}
