// Every code the store gives for saved work, the browser's storage and share links has a sentence in English
// (the words the builder has always shown) and in Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatNumber } from '../../i18n/format.ts'
import { setActiveLocale } from '../../i18n/locale.ts'
import { en } from '../../i18n/en.ts'
import { ru } from '../../i18n/ru.ts'
import { savedWorkText, type SavedWorkProblem } from './savedWorkText.ts'

/** One example of every code, with the English sentence it reads as. */
const EXAMPLES: Array<[SavedWorkProblem, string]> = [
  [{ code: 'not-texts', at: 'rules[0].users' }, 'rules[0].users is not a list of texts'],
  [{ code: 'not-rule', at: 'rules[2]' }, 'rules[2] is not a rule'],
  [{ code: 'not-text', at: 'rules[0].level' }, 'rules[0].level is not a text'],
  [{ code: 'not-list', at: 'rules[0].resources' }, 'rules[0].resources is not a list'],
  [{ code: 'not-group', at: 'rules[0].resources[1]' }, 'rules[0].resources[1] is not a resource group'],
  [{ code: 'not-boolean', at: 'omitManagedFields' }, 'omitManagedFields is not true/false'],
  [{ code: 'not-object', at: 'auditLog' }, 'auditLog is not an object'],
  [{ code: 'not-number', at: 'spec.version' }, 'spec.version is not a number'],
  [{ code: 'not-output', at: 'auditLog.output' }, 'auditLog.output is not File or Stdout'],
  [{ code: 'no-rules' }, 'the policy has no list of rules'],
  [
    { code: 'too-many-rules', rules: 2001, max: 2000 },
    'the policy has 2001 rules; the builder takes up to 2000',
  ],
  [{ code: 'settings-not-object' }, 'the ModuleConfig settings are not an object'],
  [{ code: 'switch-not-boolean' }, 'a ModuleConfig switch is not true/false'],
  [{ code: 'unknown-version' }, 'the Kubernetes version is unknown'],
  [{ code: 'unknown-target' }, 'the target is unknown'],
  [{ code: 'no-document' }, 'it holds no document'],
  [{ code: 'not-json' }, 'it is not valid JSON'],
  [{ code: 'not-ours' }, 'it was not written by this app'],
  [{ code: 'format-version', found: '2', reads: 1 }, 'it is in format version 2, this app reads 1'],
  [{ code: 'draft-not-text' }, 'the YAML draft is not a text'],
  [
    { code: 'storage-unreadable', error: 'SecurityError: denied' },
    "the browser's storage cannot be read (SecurityError: denied)",
  ],
  [{ code: 'storage-refused', error: 'Error: no' }, 'the browser refused to store it (Error: no)'],
  [{ code: 'storage-full' }, "the browser's storage for this page is full"],
  [
    { code: 'blocked' },
    'your earlier saved work, which could not be read, is still in the browser’s storage and there is no room to set a copy aside, so autosave will not write over it',
  ],
  [{ code: 'no-storage' }, 'the browser does not let this page store anything'],
  [{ code: 'link-format', found: 'v7', reads: 'v2' }, 'the link is in format v7; this app reads v2'],
  [{ code: 'link-no-format' }, 'the link does not start with a known format'],
  [{ code: 'link-characters' }, 'the link contains characters a share link never has'],
  [{ code: 'link-short' }, 'the link ends before its content starts'],
  [{ code: 'link-too-large', bytes: 9000000 }, 'it would unpack to 9000000 bytes'],
  [{ code: 'link-more' }, 'it unpacks to more than it says'],
  [{ code: 'link-corrupt' }, 'its compressed content ends early or is corrupt'],
  [{ code: 'link-less', got: 10, bytes: 20 }, 'it unpacks to 10 of 20 bytes'],
  [{ code: 'link-checksum' }, 'its checksum does not match its content'],
  [{ code: 'link-content' }, 'its content is not readable'],
  [{ code: 'link-no-policy' }, 'its policy text does not read as a policy'],
  [{ code: 'link-too-many-rules', rules: 2001 }, 'its policy has 2001 rules'],
]

describe('savedWorkText', () => {
  it('has an example of every code that has words (and words for every example)', () => {
    expect(EXAMPLES.map(([p]) => p.code).sort()).toEqual(Object.keys(en.savedWork).sort())
    expect(new Set(EXAMPLES.map(([p]) => p.code)).size).toBe(EXAMPLES.length)
  })

  it.each(EXAMPLES)('%o reads in English as before', (p, english) => {
    expect(savedWorkText(p, en.savedWork)).toBe(english)
  })

  describe('in Russian', () => {
    beforeAll(() => setActiveLocale('ru'))
    afterAll(() => setActiveLocale('en'))

    it.each(EXAMPLES)('%o has a Russian sentence with its parameters and no English words', (p) => {
      let russian = savedWorkText(p, ru.savedWork)
      expect(russian).toMatch(/[а-яё]/i)
      // Each parameter appears (numbers in Russian digit groups), then is taken out with the literal API words.
      for (const v of Object.values(p).slice(1)) {
        const shown = typeof v === 'number' ? formatNumber(v) : String(v)
        expect(russian).toContain(shown)
        russian = russian.replace(shown, '')
      }
      expect(russian.replace(/ModuleConfig|Kubernetes|YAML|JSON|File|Stdout|true|false/g, '')).not.toMatch(
        /[a-z]{2,}/i,
      )
    })

    it('words numbers with their Russian plural forms', () => {
      expect(savedWorkText({ code: 'link-too-many-rules', rules: 3 }, ru.savedWork)).toBe(
        'в её политике 3 правила',
      )
      expect(savedWorkText({ code: 'too-many-rules', rules: 2001, max: 2000 }, ru.savedWork)).toBe(
        'в политике 2\u00a0001 правило; конструктор принимает до 2\u00a0000',
      )
    })
  })
})
