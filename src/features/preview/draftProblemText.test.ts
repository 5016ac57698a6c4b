// Why the YAML editor's text does not reach the forms, in words: the builder's own codes (a reading that took
// too long, a reader worker that stopped) are worded by src/i18n, the browser's message quoted as it is.
import { describe, expect, it } from 'vitest'
import { t } from '../../i18n/index.ts'
import { draftProblemText } from './draftProblemText.ts'

describe('draftProblemText', () => {
  it('words a reading that took too long', () => {
    expect(draftProblemText({ code: 'timed-out', seconds: 10, message: '' })).toBe(
      'reading took longer than 10 s and was stopped',
    )
  })

  it('words a reader worker that stopped, quoting the browser', () => {
    expect(draftProblemText({ code: 'reader-stopped', message: 'Out of memory' })).toBe(
      'the reader stopped: Out of memory',
    )
    expect(draftProblemText({ code: 'reader-stopped', message: '' })).toBe(
      t.workerFailures.stopped('reader', ''),
    )
  })

  it('gives a reader’s own message with its place', () => {
    expect(draftProblemText({ message: 'did not find expected key', line: 3, column: 5 })).toBe(
      t.keepwork.yaml.brokenAt(3, 5, 'did not find expected key'),
    )
  })
})
