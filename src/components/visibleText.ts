// Text from the user shown so that it cannot disguise itself or the words around it: bidirectional controls and
// invisible characters are spelled out by code point (⟨U+202E⟩), and values that could still turn the text
// around them (right-to-left letters) are isolated.

/** HIDDEN_CHARS: bidirectional controls and default-ignorable (invisible) code points (as lint's in the core). */
export const HIDDEN_CHARS = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/gu
const HAS_HIDDEN = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u
/** Letters written right to left (Hebrew, Arabic, …): they reorder the neutral characters next to them. */
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** showCodePoints writes every hidden character of `text` as ⟨U+XXXX⟩. */
export function showCodePoints(text: string): string {
  if (!HAS_HIDDEN.test(text)) return text
  return text.replace(
    HIDDEN_CHARS,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  )
}

/**
 * isolatedValue: a value for running text: hidden characters spelled out, and a value with right-to-left letters
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so it cannot reorder the words around it.
 */
export function isolatedValue(value: string): string {
  const shown = showCodePoints(value)
  return RTL.test(shown) ? `\u2068${shown}\u2069` : shown
}
