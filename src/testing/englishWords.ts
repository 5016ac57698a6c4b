// The check e2e/russian.spec.ts makes on a Russian screen, for text the unit tests produce (findings, CLI
// output): the Latin-letter words beyond the API terms of e2e/russian-allowlist.ts.
import { API_TERMS } from '../../e2e/russian-allowlist.ts'

/**
 * englishWords: the Latin-letter words of `text` that are not API terms. Identifiers (a token with a digit, a
 * colon, a slash, a dot, an underscore or an inner capital: system:authenticated, /healthz, omitStages) are not
 * words to translate and are left out, as in the page scan.
 */
export function englishWords(text: string): string[] {
  const words: string[] = []
  for (const token of text.match(/[A-Za-z0-9:./_*#@+-]+/g) ?? []) {
    if (/[0-9:./_*#@+]/.test(token) || /[a-z][A-Z]/.test(token)) continue
    for (const word of token.split('-'))
      if (/^[A-Za-z]+$/.test(word) && !API_TERMS.has(word)) words.push(word)
  }
  return words
}
