import { describe, expect, it } from 'vitest'
import { display } from './chipValues.ts'
import { isolatedValue, showCodePoints } from './visibleText.ts'

describe('visible text', () => {
  it.each([
    ['plain text is left alone', 'alice', 'alice'],
    ['a right-to-left override', 'ali\u202ece', 'ali⟨U+202E⟩ce'],
    ['isolates and zero-width characters', '\u2066a\u200bb\u2069', '⟨U+2066⟩a⟨U+200B⟩b⟨U+2069⟩'],
    ['a byte order mark', '\ufeffprod', '⟨U+FEFF⟩prod'],
    ['a tag character beyond the BMP', 'x\u{e0041}', 'x⟨U+E0041⟩'],
  ])('showCodePoints: %s', (_name, text, want) => {
    expect(showCodePoints(text)).toBe(want)
  })
  it('a chip shows hidden characters by code point, and "" for the empty string', () => {
    expect(display('ali\u202ece')).toBe('ali⟨U+202E⟩ce')
    expect(display('')).toBe('""')
  })
  it('isolatedValue wraps right-to-left text only', () => {
    expect(isolatedValue('مرحبا')).toBe('\u2068مرحبا\u2069')
    expect(isolatedValue('alice')).toBe('alice')
  })
})
