import { describe, expect, it } from 'vitest'
import { aRequest } from '../testing/builders.ts'
import { readSavedRequests } from './document.ts'

describe('readSavedRequests', () => {
  const good = { name: 'exec', request: aRequest(), expectedLevel: 'Request' }
  it.each([
    ['not a list', { a: 1 }, []],
    ['well-formed entries are kept', [good], [good]],
    [
      'an empty name is dropped',
      [{ ...good, name: '' }],
      [{ request: aRequest(), expectedLevel: 'Request' }],
    ],
    ['entries without an expected level are dropped', [{ request: aRequest() }, good], [good]],
    ['entries with a broken request are dropped', [{ ...good, request: { verb: 'get' } }, null, 'x'], []],
  ])('%s', (_name, value, want) => {
    expect(readSavedRequests(value)).toEqual(want)
  })
})
