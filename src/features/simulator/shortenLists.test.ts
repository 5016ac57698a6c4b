import { describe, expect, it } from 'vitest'
import { verify as ru } from '../../i18n/ru/verify.ts'
import { englishWords } from '../../testing/englishWords.ts'
import { shortenLists } from './shortenLists.ts'

describe('shortenLists', () => {
  it.each([
    ['a short list stays', 'verbs: get is not in [create, update]', 'verbs: get is not in [create, update]'],
    ['five items stay', 'x [a, b, c, d, e]', 'x [a, b, c, d, e]'],
    [
      'six items are cut to four',
      'users: jane is not in [a, b, c, d, e, f]',
      'users: jane is not in [a, b, c, d, … 2 more]',
    ],
    ['every list is cut', '[1, 2, 3, 4, 5, 6, 7] and [a, b]', '[1, 2, 3, 4, … 3 more] and [a, b]'],
    ['no list', 'the request has no authenticated user', 'the request has no authenticated user'],
  ])('%s', (_name, message, want) => {
    expect(shortenLists(message)).toBe(want)
  })

  it('says how many more in the page’s words: Russian has no English there', () => {
    expect(ru.simulator.listMore(123)).toBe('… и ещё 123')
    expect(englishWords(ru.simulator.listMore(2))).toEqual([])
  })
})
