// How typed text becomes chip values; shared by ChipInput and its light first-screen stand-in (LazyChipInput).
import { showCodePoints } from './visibleText.ts'

/** SEPARATORS: a comma or a line break ends a value. */
export const SEPARATORS = /[,\n\r]/

/** parseItem turns typed text into a value: trimmed, and `""` stands for the empty string. */
export function parseItem(text: string): string | null {
  const v = text.trim()
  if (v === '""' || v === "''") return ''
  return v === '' ? null : v
}

/** display shows a value as a chip: the empty string as `""`, hidden characters by code point (⟨U+202E⟩). */
export function display(v: string): string {
  return v === '' ? '""' : showCodePoints(v)
}

/** addAll appends each text's value to `values`, skipping blanks and values already there. */
export function addAll(values: readonly string[], texts: readonly string[]): string[] {
  const out = [...values]
  for (const text of texts) {
    const v = parseItem(text)
    if (v !== null && !out.includes(v)) out.push(v)
  }
  return out
}
