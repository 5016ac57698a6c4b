import { describe, expect, it } from 'vitest'
import { browserLocale } from './choice.ts'

describe("the page follows the browser's languages", () => {
  it('the first language the builder speaks wins; ru* is Russian; nothing known is English', () => {
    expect(browserLocale(['ru-RU', 'en-US'])).toBe('ru')
    expect(browserLocale(['ru'])).toBe('ru')
    expect(browserLocale(['en-GB', 'ru'])).toBe('en')
    expect(browserLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru')
    expect(browserLocale(['de-DE', 'fr'])).toBe('en')
    expect(browserLocale(['rue'])).toBe('en')
    expect(browserLocale([])).toBe('en')
  })
})
