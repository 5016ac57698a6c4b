// Lint's codes → words, in English and Russian: every code's headline stays within 140 characters for long
// values, and the words say what the parameters say.
import { describe, expect, it } from 'vitest'
import { DKP_BUILTIN_HEAD, DKP_BUILTIN_TAIL, type BuiltinRef } from '../policy/dkpBuiltin.ts'
import { lintPolicy } from '../policy/lint.ts'
import type { FixCode, FixSay, LintCode, LintSay } from '../policy/lintMessages.ts'
import { titleOf, dkpBuiltin as enTitles } from './en/dkpBuiltin.ts'
import { lint as en } from './en/lint.ts'
import { fullText, sayFinding, sayFix, wordFinding, wordFindings } from './lint.ts'
import { setActiveLocale } from './locale.ts'
import { dkpBuiltin as ruTitles } from './ru/dkpBuiltin.ts'
import { lint as ru } from './ru/lint.ts'

type Say<C extends LintCode> = Extract<LintSay, { code: C }>
type Fix<C extends FixCode> = Extract<FixSay, { code: C }>

const LONG = 'system:serviceaccount:a-very-long-namespace-name-for-testing:an-equally-long-service-account'
const LEVEL = 'RequestResponse'
const B15: BuiltinRef = { number: 15, level: 'Metadata', shipped: true }
const NOTED: BuiltinRef = { number: 27, level: 'None', shipped: false, note: 'x'.repeat(200) }
const HOW = {
  same: false,
  catchAll: false,
  looser: [],
  restricted: ['users', 'userGroups', 'verbs'] as const,
}
const EXAMPLE = {
  resourceRequest: true,
  verb: 'deletecollection',
  path: '',
  resource: 'customresourcedefinitions',
  subresource: 'status',
  apiGroup: 'apiextensions.k8s.io',
  namespace: 'a-very-long-namespace-name-for-testing',
}
const MANY = Array.from({ length: 30 }, (_, i) => `${LONG}-${i}`)

/** Representative (long) parameters for every code: rule 300, the longest level, long user values. */
const SAMPLES: { [C in LintCode]: Say<C> } = {
  shadowed: { code: 'shadowed', rule: 299, by: 298, how: { ...HOW, restricted: [...HOW.restricted] } },
  dkpShadowed: { code: 'dkpShadowed', rule: 299, builtin: NOTED, level: LEVEL },
  dkpShadowedTogether: {
    code: 'dkpShadowedTogether',
    rule: 299,
    builtins: Array.from({ length: 14 }, (_, i) => ({ ...NOTED, number: 2 * i + 1 })),
    level: LEVEL,
  },
  dkpOverlap: {
    code: 'dkpOverlap',
    rule: 299,
    level: LEVEL,
    parts: Array.from({ length: 27 }, (_, i) => ({
      builtin: { number: i + 1, level: 'RequestResponse', shipped: true },
      scope: { verbs: ['get'], resources: [{ group: 'apps', resource: 'deployments/scale', names: MANY }] },
      explicit: i % 2 === 0,
    })),
    narrow: [
      { field: 'userGroups', values: MANY },
      { field: 'namespaces', values: MANY },
    ],
  },
  neverFires: { code: 'neverFires', rule: 299, by: 298, added: MANY },
  neverFiresBuiltin: { code: 'neverFiresBuiltin', rule: 299, builtin: NOTED, added: MANY },
  neverMeets: { code: 'neverMeets', rule: 299, users: MANY, userGroups: MANY },
  execCreateOnly: {
    code: 'execCreateOnly',
    rule: 299,
    named: ['pods/exec', 'pods/attach', 'pods/portforward'],
  },
  execGetOnly: { code: 'execGetOnly', rule: 299, named: ['pods/exec', 'pods/attach', 'pods/portforward'] },
  readVolume: { code: 'readVolume', rule: 299, level: LEVEL },
  versionRollback: {
    code: 'versionRollback',
    version: '1.36',
    below: '1.35',
    error: LONG.repeat(3),
    dkp: true,
  },
  sensitive: {
    code: 'sensitive',
    rule: 299,
    level: LEVEL,
    what: ['serviceaccounts/token', 'certificatesigningrequests', 'tokenreviews', 'secrets', 'configmaps'],
  },
  requestReceived: { code: 'requestReceived', rule: 299, level: LEVEL },
  watchList: { code: 'watchList', rule: 299, verbs: ['list', 'watch'] },
  noCatchAll: { code: 'noCatchAll', example: EXAMPLE },
  noCatchAllDkp: { code: 'noCatchAllDkp', example: EXAMPLE, builtin: NOTED },
  literalStar: {
    code: 'literalStar',
    field: 'resourceNames',
    value: `${LONG}*`,
    canLeaveOut: true,
    serviceAccountNamespace: LONG,
  },
  hiddenCharacters: {
    code: 'hiddenCharacters',
    field: 'userGroups',
    shown: LONG,
    codePoints: 'U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE, U+2066 LEFT-TO-RIGHT ISOLATE',
  },
  subresourcesNotCovered: {
    code: 'subresourcesNotCovered',
    resource: 'customresourcedefinitions-with-a-long-name',
    subresources: ['status', 'scale', 'ephemeralcontainers', 'portforward'],
  },
  wildcardCoversParent: { code: 'wildcardCoversParent', resource: LONG },
  groupWithVersion: { code: 'groupWithVersion', group: `${LONG}/v1beta1`, fixed: LONG },
  urlStar: { code: 'urlStar', url: `/apis/${LONG}/*/status`, fixed: `/apis/${LONG}/*` },
}

/** The one-part overlaps: a built-in rule takes part of what the rule spells out, or of what it leaves open. */
const ONE_PART: Say<'dkpOverlap'>[] = [
  {
    code: 'dkpOverlap',
    rule: 299,
    level: LEVEL,
    parts: [
      {
        builtin: { number: 14, level: 'RequestResponse', shipped: true },
        scope: { verbs: ['create', 'update', 'patch', 'delete'], namespaces: MANY, users: MANY },
        explicit: true,
      },
    ],
    narrow: [{ field: 'userGroups', values: MANY }],
  },
  {
    code: 'dkpOverlap',
    rule: 299,
    level: LEVEL,
    parts: [{ builtin: NOTED, scope: { namespaces: MANY }, explicit: false }],
  },
]

const FIXES: { [C in FixCode]: Fix<C> } = {
  moveUp: { code: 'moveUp', rule: 4, by: 1 },
  removeSame: { code: 'removeSame', rule: 4, by: 1 },
  removeSameRequests: { code: 'removeSameRequests', rule: 4, by: 1 },
  removeRedundant: { code: 'removeRedundant', rule: 4, builtin: B15 },
  removeRedundantTogether: {
    code: 'removeRedundantTogether',
    rule: 4,
    builtins: [B15, NOTED],
    level: 'None',
  },
  narrow: { code: 'narrow', rule: 4, narrow: [{ field: 'verbs', values: ['list'] }], builtins: [B15] },
  addVerb: { code: 'addVerb', rule: 4, verb: 'get' },
  sensitive: { code: 'sensitive', rule: 4, what: ['secrets'] },
  sensitiveLower: { code: 'sensitiveLower', rule: 4 },
  requestReceived: { code: 'requestReceived' },
  watchListLower: { code: 'watchListLower', rule: 4 },
  watchList: { code: 'watchList', rule: 4, verbs: ['list', 'watch'] },
  catchAll: { code: 'catchAll' },
  literalStar: { code: 'literalStar', field: 'users' },
  hiddenCharacters: { code: 'hiddenCharacters', field: 'users' },
  subresources: { code: 'subresources', resource: 'pods' },
  group: { code: 'group', fixed: 'apps' },
  urlStar: { code: 'urlStar', fixed: '/apis*' },
}

/**
 * The codes lint reports as warnings (policy/lint.test.ts holds each id's severity), with each variant whose
 * words differ: every one says its reason under the headline.
 */
const WARNING_SAMPLES: LintSay[] = [
  SAMPLES.shadowed,
  { ...SAMPLES.shadowed, how: { ...HOW, restricted: [], looser: ['verbs'], wildcard: `${LONG}/*` } },
  ...(['None', 'Metadata'] as const).flatMap((b) =>
    (['None', 'Metadata', 'Request'] as const).map((level): LintSay => ({
      code: 'dkpShadowed',
      rule: 0,
      builtin: { number: 1, level: b, shipped: true },
      level,
    })),
  ),
  SAMPLES.neverFires,
  SAMPLES.neverFiresBuiltin,
  SAMPLES.neverMeets,
  SAMPLES.execCreateOnly,
  SAMPLES.execGetOnly,
  SAMPLES.readVolume,
  SAMPLES.versionRollback,
  { ...SAMPLES.versionRollback, hint: { code: 'group-star', version: '1.35', since: '1.36' } },
  SAMPLES.sensitive,
  { ...SAMPLES.sensitive, level: 'Request' },
  SAMPLES.hiddenCharacters,
  SAMPLES.groupWithVersion,
  { code: 'groupWithVersion', group: 'v1', fixed: '' },
  SAMPLES.urlStar,
]

const CYRILLIC = /[А-Яа-яЁё]/

describe.each([
  ['English', en],
  ['Russian', ru],
] as const)('%s lint words', (_name, words) => {
  it.each([...Object.values(SAMPLES), ...ONE_PART, ...WARNING_SAMPLES].map((s) => [s.code, s] as const))(
    '%s: a headline of at most 140 characters, one line, with details that are sentences',
    (_code, say) => {
      const w = sayFinding(say, words)
      expect(w.headline.length, w.headline).toBeLessThanOrEqual(words.maxHeadline)
      expect(words.maxHeadline).toBe(140)
      expect(w.headline).not.toMatch(/\n/)
      expect(w.headline).toMatch(/[.!]$/)
      for (const d of w.details) expect(d.trim().length, say.code).toBeGreaterThan(0)
      if (words === ru) expect(w.headline, 'Russian headline').toMatch(CYRILLIC)
      if (w.reason !== undefined) {
        // The reason is read without expanding anything: one sentence, short whatever the values.
        expect(words.maxReason).toBe(240)
        expect(w.reason.length, w.reason).toBeLessThanOrEqual(words.maxReason)
        expect(w.reason).not.toMatch(/\n/)
        expect(w.reason).toMatch(/[.!]$/)
        expect(w.reason.slice(0, -1), 'one sentence').not.toMatch(/[.!?] [A-ZА-ЯЁ]/)
      }
    },
  )

  it.each(['neverFires', 'neverFiresBuiltin', 'neverMeets'] as const)(
    '%s ("never fires in practice") says its reason under the headline, not in the details',
    (code) => {
      const w = sayFinding(SAMPLES[code], words)
      expect(w.reason, code).toBeDefined()
      expect(w.details).not.toContain(w.reason)
      expect(w.reason).toContain('kube-apiserver')
    },
  )

  it.each([...WARNING_SAMPLES.map((s) => [s.code, s] as const)])(
    'warning %s says its reason under the headline (read without expanding), not again in the details',
    (code, say) => {
      const w = sayFinding(say, words)
      expect(w.reason, code).toBeDefined()
      expect(w.reason!.length).toBeGreaterThan(20)
      expect(w.details).not.toContain(w.reason)
      if (words === ru) expect(w.reason, 'Russian reason').toMatch(CYRILLIC)
    },
  )

  it.each(Object.values(FIXES).map((s) => [s.code, s] as const))('fix %s is worded', (_code, say) => {
    const text = sayFix(say, words)
    expect(text.length).toBeGreaterThan(5)
    if (words === ru) expect(text).toMatch(CYRILLIC)
  })

  it('a rule overlapping many built-in rules: one headline, every one of them in the list, none cut off', () => {
    const w = sayFinding(SAMPLES.dkpOverlap, words)
    expect(w.items).toHaveLength(27)
    expect(w.items![26]).toContain('27')
    expect(w.headline).toContain('27')
  })

  it.each(ONE_PART.map((s) => [s.parts[0]!.explicit ? 'spelled out' : 'left open', s] as const))(
    'a rule overlapping one built-in rule (%s) says it in the details, not in a list of one',
    (_name, say) => {
      const w = sayFinding(say, words)
      expect(w.items).toBeUndefined()
      expect(w.headline).toContain(String(say.parts[0]!.builtin.number))
      expect(w.details.join(' ')).toMatch(/\.$/)
    },
  )
})

describe('codes → English words', () => {
  it('never fires in practice: the headline, then why and what to do', () => {
    const w = sayFinding({ code: 'neverFires', rule: 1, by: 0, added: ['system:authenticated'] }, en)
    expect(w).toEqual({
      headline: 'Rule 2 never fires in practice: rule 1 decides every request a real user can send to it.',
      reason:
        'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.',
      details: ['Move rule 2 above rule 1, or narrow rule 1.'],
    })
  })
  it('a shipped built-in rule is named by number, its DKP title in the details; a rendered one by its comment', () => {
    const shipped = sayFinding({ code: 'dkpShadowed', rule: 0, builtin: B15, level: 'Request' }, en)
    expect(shipped.headline).toBe(
      'Rule 1 can never match: DKP built-in rule 15 comes first and matches every request it would.',
    )
    expect(shipped.details[0]).toBe('DKP built-in rule 15 is “Every LIST (catches OOM-causing lists)”.')
    const rendered = sayFinding(
      { code: 'dkpShadowed', rule: 0, builtin: { number: 3, level: 'None', shipped: false }, level: 'None' },
      en,
    )
    expect(rendered.reason).toBe('DKP already drops these requests; the rule is redundant.')
    expect(rendered.details).toEqual([])
  })
  it('long user values are cut in the headline and kept whole in the details or the field', () => {
    const w = sayFinding(SAMPLES.literalStar, en)
    expect(w.headline).toContain('…')
    expect(w.details.join(' ')).toContain(`system:serviceaccounts:${LONG}`)
  })
  it('fixes say what they do with 1-based rule numbers', () => {
    expect(sayFix(FIXES.moveUp, en)).toBe('Move rule 5 above rule 2')
    expect(sayFix(FIXES.narrow, en)).toBe(
      "Remove list from rule 5's verbs: DKP built-in rule 15 decides those requests first",
    )
    const both: Fix<'narrow'> = {
      code: 'narrow',
      rule: 0,
      narrow: [
        { field: 'verbs', values: ['list', 'create'] },
        { field: 'namespaces', values: ['d8-system'] },
      ],
      builtins: [{ number: 13, level: 'Request', shipped: true }, B15, { ...B15, number: 14 }],
    }
    expect(sayFix(both, en)).toBe(
      "Remove list, create from rule 1's verbs and d8-system from its namespaces: DKP built-in rules 13, 15, 14 decide those requests first",
    )
  })
})

describe('codes → Russian words', () => {
  it('names, levels, verbs and groups stay literal around Russian sentences', () => {
    const w = sayFinding({ code: 'neverFires', rule: 1, by: 0, added: ['system:authenticated'] }, ru)
    expect(w.headline).toBe(
      'Правило 2 на практике не срабатывает: правило 1 решает каждый запрос, который реальный пользователь может к нему отправить.',
    )
    expect(w.reason).toBe(
      'kube-apiserver добавляет system:authenticated каждой учётной записи, которую выбирает правило 2, а правило 1 выбирает эту группу.',
    )
    expect(sayFix(FIXES.addVerb, ru)).toBe('Добавить get в verbs правила 5')
  })
  it('built-in titles follow DKP’s Russian page', () => {
    const w = sayFinding({ code: 'dkpShadowed', rule: 0, builtin: B15, level: 'Request' }, ru)
    expect(w.details[0]).toBe(
      'Встроенное правило DKP 15 — «Логировать все LIST-запросы во всех неймспейсах».',
    )
  })
  it('numbers go through the active locale', () => {
    const say: LintSay = { code: 'readVolume', rule: 1233, level: 'Metadata' }
    setActiveLocale('ru')
    try {
      expect(sayFinding(say, ru).headline).toMatch(/^Правило 1\u00a0234 логирует/)
    } finally {
      setActiveLocale('en')
    }
    expect(sayFinding(say, en).headline).toMatch(/^Rule 1,234 logs/)
  })
})

describe('DKP built-in titles', () => {
  const shipped = [...DKP_BUILTIN_HEAD, ...DKP_BUILTIN_TAIL]
  it.each([
    ['English', enTitles],
    ['Russian', ruTitles],
  ] as const)('%s: every shipped rule has a title', (_name, titles) => {
    for (const b of shipped) expect(titles.titles[b.number], `rule ${b.number}`).toBeTruthy()
    expect(Object.keys(titles.titles)).toHaveLength(shipped.length)
  })
  it('a rendered rule is titled by its comment, else by its number', () => {
    expect(titleOf(enTitles, { number: 3, shipped: false, note: 'Our rule' })).toBe('Our rule')
    expect(titleOf(enTitles, { number: 3, shipped: false })).toBe('Built-in rule 3')
    expect(titleOf(ruTitles, { number: 3, shipped: false })).toBe('Встроенное правило 3')
    expect(titleOf(enTitles, { number: 15, shipped: true })).toBe('Every LIST (catches OOM-causing lists)')
  })
})

describe('wordFinding', () => {
  const policy = {
    rules: [
      { level: 'Metadata', userGroups: ['system:authenticated'] },
      { level: 'None', userGroups: ['system:serviceaccounts'] },
    ],
  }
  it('fills the headline, details and fix from the core’s codes, and keeps the fix lazy', () => {
    const [raw] = lintPolicy(policy, { target: 'kube-apiserver' }).filter(
      (f) => f.id === 'never-fires-in-practice',
    )
    expect(raw!.message).toBe('neverFires')
    const f = wordFinding(raw!, en)
    expect(f.message).toMatch(/^Rule 2 never fires in practice/)
    expect(f.reason).toBe(
      'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.',
    )
    expect(f.details).toEqual(['Move rule 2 above rule 1, or narrow rule 1.'])
    expect(fullText(f)).toContain('rule 1 selects it. Move rule 2 above rule 1')
    expect(f.fix!.description).toBe('Move rule 2 above rule 1')
    expect(f.fix!.policy.rules.map((r) => r.level)).toEqual(['None', 'Metadata'])
  })
  it('words in the active language by default', () => {
    const found = lintPolicy(policy, { target: 'kube-apiserver' })
    setActiveLocale('ru')
    try {
      expect(wordFindings(found).every((f) => CYRILLIC.test(f.message))).toBe(true)
    } finally {
      setActiveLocale('en')
    }
    expect(wordFindings(found).some((f) => CYRILLIC.test(f.message))).toBe(false)
  })
})
