import { afterEach, describe, expect, it } from 'vitest'
import { countOf, formatNumber, formatTime, formatTimeShort, numberList, pluralForm } from './format.ts'
import { localeFor, setActiveLocale } from './locale.ts'

const RULE = { one: 'rule', other: 'rules' }
const PRAVILO = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }

describe('plurals and numbers follow the active language', () => {
  afterEach(() => setActiveLocale('en'))

  it('English: one and other, digits grouped with commas', () => {
    expect([0, 1, 2, 5, 21].map((n) => countOf(n, RULE))).toEqual([
      '0 rules',
      '1 rule',
      '2 rules',
      '5 rules',
      '21 rules',
    ])
    expect(formatNumber(12345)).toBe('12,345')
  })

  it('Russian: one, few and many, digits grouped with a no-break space', () => {
    setActiveLocale('ru')
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => pluralForm(n, PRAVILO))).toEqual([
      'правило',
      'правила',
      'правил',
      'правил',
      'правило',
      'правила',
      'правил',
      'правил',
    ])
    expect(pluralForm(1.5, PRAVILO)).toBe('правила')
    expect(formatNumber(12345)).toBe('12\u00a0345')
  })

  it('a form left out falls back to other', () => {
    setActiveLocale('ru')
    expect(pluralForm(5, { one: 'a', other: 'b' })).toBe('b')
  })

  it('ru* tags choose Russian, anything else English', () => {
    expect(['ru', 'ru-RU', 'RU_ru', 'en-US', 'rue', '', undefined, null].map(localeFor)).toEqual([
      'ru',
      'ru',
      'ru',
      'en',
      'en',
      'en',
      'en',
      'en',
    ])
  })
})

describe('numberList', () => {
  it.each([
    [[7], '7'],
    [[7, 28], '7 and 28'],
    [[3, 1, 2], '1–3'],
    [[1, 2, 4, 5], '1, 2, 4 and 5'],
    [[...Array.from({ length: 27 }, (_, i) => i + 1), 29, 31, 32, 33], '1–27, 29 and 31–33'],
    [[], ''],
  ])('%j reads %s', (ns, text) => {
    expect(numberList(ns, 'and')).toBe(text)
  })
})

describe('times from audit logs follow the active language, in UTC', () => {
  afterEach(() => setActiveLocale('en'))

  it('formats an RFC 3339 timestamp, microseconds and offsets included', () => {
    expect(formatTime('2017-09-11T19:55:05.123456Z')).toBe('Sep 11, 2017, 19:55:05 UTC')
    expect(formatTime('2017-09-11T22:55:05+03:00')).toBe('Sep 11, 2017, 19:55:05 UTC')
    expect(formatTimeShort(Date.parse('2017-09-11T09:05:00Z'))).toBe('Sep 11, 09:05')
    setActiveLocale('ru')
    expect(formatTime('2017-09-11T19:55:05Z')).toBe('11 сент. 2017 г., 19:55:05 UTC')
    expect(formatTimeShort(Date.parse('2017-09-11T09:05:00Z'))).toBe('11 сент., 09:05')
  })

  it('shows a text that is not a timestamp as it is', () => {
    expect(formatTime('yesterday')).toBe('yesterday')
    expect(formatTime('')).toBe('')
  })
})
