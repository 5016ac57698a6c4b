import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { KUBE, applyFix, only, runCases, textOf } from '../testing/lintCases.ts'
import { showCodePoints } from '../components/visibleText.ts'
import { codePoint, describeCodePoints, hiddenIn, showHidden } from './lintHidden.ts'

describe('hidden-characters', () => {
  runCases('hidden-characters', [
    [
      'a right-to-left override in a user name',
      aPolicy([aRule({ users: ['bob', 'ali\u202ece'] })]),
      KUBE,
      [{ at: 'rules[0].users[1]' }],
    ],
    [
      'isolates, zero-width and BOM characters in every kind of field',
      aPolicy([
        aRule({
          userGroups: ['\u2066devs\u2069'],
          verbs: ['get\u200b'],
          namespaces: ['\ufeffprod'],
          resources: [{ group: 'apps\u200d', resources: ['pods\u200e'], resourceNames: ['x\u202a'] }],
        }),
        aRule({ level: 'None\u200f', nonResourceURLs: ['/healthz\u2060'], omitStages: ['\u00adPanic'] }),
      ]),
      KUBE,
      [
        { at: 'rules[0].userGroups[0]' },
        { at: 'rules[0].verbs[0]' },
        { at: 'rules[0].namespaces[0]' },
        { at: 'rules[0].resources[0].group' },
        { at: 'rules[0].resources[0].resources[0]' },
        { at: 'rules[0].resources[0].resourceNames[0]' },
        { at: 'rules[1].nonResourceURLs[0]' },
        { at: 'rules[1].omitStages[0]' },
        { at: 'rules[1].level' },
      ],
    ],
    [
      'a note with a bidi override; emoji joiners in a note are fine',
      aPolicy([aRule({ note: 'ok \u202eevil' }), aRule({ note: 'team 👩\u200d💻 ⚠\ufe0f' })]),
      KUBE,
      [{ at: 'rules[0].note' }],
    ],
    [
      'near miss: right-to-left letters and accents are not hidden',
      aPolicy([aRule({ users: ['שלום', 'مرحبا', 'José', 'naïve'] })]),
      KUBE,
      [],
    ],
  ])

  it('names the characters by code point and shows the value without them acting', () => {
    const [f] = only('hidden-characters', aPolicy([aRule({ users: ['ali\u202ece\u200b'] })]), KUBE)
    expect(textOf(f!)).toContain('U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE')
    expect(textOf(f!)).toContain('"ali⟨U+202E⟩ce⟨U+200B⟩"')
    expect(hiddenIn(textOf(f!))).toEqual([])
    expect(f!.severity).toBe('warning')
  })

  it('the fix removes them from that value only', () => {
    const fixed = applyFix('hidden-characters', aPolicy([aRule({ users: ['bob', 'ali\u202ece'] })]))
    expect(fixed.rules[0]!.users).toEqual(['bob', 'alice'])
  })

  it('helpers: code points beyond the BMP, unnamed ones', () => {
    expect(hiddenIn('a\u{e0041}b\u202e\u202e')).toEqual([0xe0041, 0x202e])
    expect(showHidden('a\u{e0041}')).toBe('a⟨U+E0041⟩')
    expect(describeCodePoints([0xe0041, 0x202e])).toBe('U+E0041, U+202E RIGHT-TO-LEFT OVERRIDE')
  })
})

describe('the UI spells out what lint flags', () => {
  it('showCodePoints (components) and HIDDEN (core) agree on every code point', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const c = String.fromCodePoint(cp)
      const core = hiddenIn(c).length > 0
      const ui = showCodePoints(c) !== c
      if (core !== ui) expect(codePoint(cp)).toBe('the same in both')
    }
  })
})
