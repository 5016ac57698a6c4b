// Every code readRequestText gives has a sentence in English (the words the simulator has always shown) and in
// Russian, and the reader's codes lead to them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatNumber } from '../../i18n/format.ts'
import { setActiveLocale } from '../../i18n/locale.ts'
import { simulatorPanel as en } from '../../i18n/en/verifyPanels.ts'
import { simulatorPanel as ru } from '../../i18n/ru/verifyPanels.ts'
import { readRequestText, type RequestTextProblem } from '../../policy/requestText.ts'
import { pasteErrorText } from './pasteErrorText.ts'

const EXAMPLES: Array<[RequestTextProblem, string]> = [
  [{ code: 'empty' }, 'paste an audit event (one JSON line) or a method and URL'],
  [{ code: 'not-json' }, 'this is not valid JSON: paste one audit event per line'],
  [{ code: 'not-object' }, 'expected a JSON object (one audit event)'],
  [{ code: 'not-event' }, 'not an audit event: it needs at least "verb" and "requestURI"'],
  [{ code: 'nested-list' }, 'an EventList inside an EventList is not an audit event'],
  [{ code: 'empty-list' }, 'the EventList has no events'],
  [{ code: 'not-request' }, 'expected an audit event (JSON) or a method and URL, such as GET /healthz'],
  [{ code: 'too-deep', depth: 1000 }, 'this JSON is nested deeper than 1000 levels: not an audit event'],
]

describe('pasteErrorText', () => {
  it('has an example of every code that has words', () => {
    expect(EXAMPLES.map(([p]) => p.code).sort()).toEqual(Object.keys(en.paste.errors).sort())
  })

  it.each(EXAMPLES)('%o reads in English as before', (p, english) => {
    expect(pasteErrorText(p, en.paste.errors)).toBe(english)
  })

  describe('in Russian', () => {
    beforeAll(() => setActiveLocale('ru'))
    afterAll(() => setActiveLocale('en'))
    it.each(EXAMPLES)('%o has a Russian sentence (API words stay literal)', (p) => {
      const russian = pasteErrorText(p, ru.paste.errors)
      expect(russian).toMatch(/[а-яё]{3}/i)
      expect(russian.replace(/JSON|EventList|URL|GET \/healthz|"verb"|"requestURI"/g, '')).not.toMatch(
        /[a-z]{2,}/i,
      )
      if (p.code === 'too-deep') expect(russian).toContain(`глубже ${formatNumber(1000)} уровней`)
    })
  })

  it('a paste that cannot be read is worded from its code', () => {
    const r = readRequestText('{"verb": ', { user: 'alice', groups: [] })
    expect(r.ok ? '' : pasteErrorText(r.error, en.paste.errors)).toBe(
      'this is not valid JSON: paste one audit event per line',
    )
  })
})
