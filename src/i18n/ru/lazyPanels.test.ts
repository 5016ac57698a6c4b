// The Russian strings of the lazily loaded panels (analyzer, compare, simulator, effective policy): every
// function, called with representative arguments, gives a whole sentence; the plural forms are Russian ones; and
// the English twins, now on countOf/pluralForm, read word for word as before.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { diffPolicies, type BehaviourChange, type Outcome } from '../../policy/diff.ts'
import type { RequestClass } from '../../policy/diffDescribe.ts'
import type { RuleChange } from '../../policy/diffRules.ts'
import type { Policy, PolicyRule } from '../../policy/types.ts'
import { analyzer as enAnalyzer } from '../en/analyzer.ts'
import * as enCompare from '../en/compare.ts'
import { effective as enEffective, simulatorPanel as enSimulator } from '../en/verifyPanels.ts'
import { setActiveLocale } from '../locale.ts'
import { analyzer } from './analyzer.ts'
import * as ruCompare from './compare.ts'
import { effective, simulatorPanel } from './verifyPanels.ts'

const COUNTS = [0, 1, 2, 5, 21]
const BROKEN = /undefined|NaN|\[object|null|Infinity/

/**
 * The parameters of every function, one letter each: n a count, s a text, l a list of texts, b a flag, k a
 * session version's kind. A function missing here, or whose parameters changed, fails the coverage test.
 */
const SIGNATURES: Record<string, string> = {
  'analyzer.analyzing': 'n',
  'analyzer.progress': 'ssss',
  'analyzer.fileOf': 'snn',
  'analyzer.failed': 's',
  'analyzer.rescanNeeded': 's',
  'analyzer.notALog': 's',
  'analyzer.unreadable': 'ss',
  'analyzer.summary.files': 'nss',
  'analyzer.summary.requestsHelp': 's',
  'analyzer.summary.droppedHelp': 'ss',
  'analyzer.summary.events': 'n',
  'analyzer.summary.lowerBoundNote': 'n',
  'analyzer.summary.estimated': 's',
  'analyzer.summary.overflow': 's',
  'analyzer.levels.row': 'ss',
  'analyzer.rules.showZero': 'n',
  'analyzer.rules.sampleSummary': 'snss',
  'analyzer.rules.ruleName': 'n',
  'analyzer.rules.userRule': 'n',
  'analyzer.rules.builtinRule': 'ns',
  'analyzer.rules.samples': 'n',
  'analyzer.rules.sampleAt': 'sn',
  'analyzer.rules.cut': 's',
  'analyzer.forecast.window': 'sssn',
  'analyzer.forecast.rotation': 'nnn',
  'analyzer.forecast.stops': 'ss',
  'analyzer.forecast.starts': 's',
  'analyzer.forecast.hours': 'n',
  'analyzer.open.heading': 'n',
  'analyzer.open.item': 'sssss',
  'analyzer.open.more': 'n',
  'analyzer.notes.otherVersion': 'n',
  'analyzer.notes.sameAs': 'ss',
  'analyzer.notes.duplicates': 'sn',
  'analyzer.timeline.step': 'n',
  'analyzer.top.chartLabel': 's',
  'analyzer.problems.heading': 'n',
  'analyzer.problems.more': 'n',
  'analyzer.problems.where': 'sn',
  'analyzer.units.events': 's',
  'analyzer.units.perSecond': 's',
  'compare.sessionVersion': 'ksn',
  'compare.baseFrom': 's',
  'compare.behaviourCount': 'n',
  'compare.onLog': 'n',
  'compare.logChange': 'nss',
  'compare.invalidBase': 's',
  'compare.renderedRead': 'nnn',
  'simulator.showRule': 'n',
  'simulator.againstKube': 'n',
  'simulator.againstDkp': 'nn',
  'simulator.verdict.user': 'nsb',
  'simulator.verdict.builtinHead': 'nss',
  'simulator.verdict.builtinTail': 'nss',
  'simulator.alsoMatched': 'l',
  'simulator.stages': 'l',
  'simulator.managedFields': 'b',
  'simulator.inNamespace': 's',
  'simulator.fields.addedGroups': 'l',
  'simulator.paste.errors.too-deep': 'n',
  'simulator.trace.rule': 'n',
  'simulator.trace.yourRule': 'n',
  'simulator.trace.builtin': 'ns',
  'simulator.trace.headFolded': 'n',
  'simulator.trace.showAll': 'n',
  'simulator.saved.save': 's',
  'simulator.saved.summary': 'nn',
  'simulator.saved.expectedFor': 's',
  'simulator.saved.fail': 'ss',
  'simulator.saved.loadNamed': 's',
  'simulator.saved.removeNamed': 's',
  'effective.summary': 'nnnn',
  'effective.omitStages': 'l',
  'effective.headTitle': 'n',
  'effective.userTitle': 'n',
  'effective.userDescription': 'b',
  'effective.position': 'n',
  'effective.builtinName': 'n',
  'effective.yourRule': 'n',
  'effective.builtinNote': 'ns',
  'effective.release': 's',
}

/** Kept literal in Russian too: commands, paths, API words, and texts that only carry their parameters. */
const SAME_IN_BOTH = new Set([
  'analyzer.levels.row',
  'analyzer.rules.sampleSummary',
  'analyzer.rules.sampleAt',
  'analyzer.problems.where',
  'compare.statuses.same',
  'simulator.quickPicks.items.getPods',
  'simulator.quickPicks.items.exec',
  'simulator.quickPicks.items.healthz',
  'simulator.fields.verbHelp',
  'effective.position',
])

// The compare functions take the core's objects; they are tested below on real diffs.
const COMPARE_FUNCTIONS = ['ruleChange', 'behaviourChange', 'requestClass', 'outcomeChange', 'fieldChange']

const TEXTS = ['audit.log', 'Metadata', 'kube-system']
const LISTS: string[][] = [[], ['RequestReceived'], ['system:masters', 'system:nodes', 'admins']]

/** argsFor: argument lists for a signature: every count, text, list and flag at least once. */
function argsFor(signature: string, path: string): unknown[][] {
  const counts = path.endsWith('.hours') ? [...COUNTS, 0.4, 9.5, 100, 400] : COUNTS
  const steps = path.endsWith('.step') ? [...COUNTS, 60, 90, 120] : counts
  const rows = Math.max(steps.length, TEXTS.length, LISTS.length, 2)
  return Array.from({ length: rows }, (_, i) =>
    [...signature].map((kind, j) => {
      if (kind === 'n') return steps[(i + j) % steps.length]
      if (kind === 's') return TEXTS[(i + j) % TEXTS.length]
      if (kind === 'l') return LISTS[i % LISTS.length]
      if (kind === 'b') return i % 2 === 0
      return i % 2 === 0 ? 'opened' : 'loaded'
    }),
  )
}

type Tree = { [key: string]: unknown }

/** leaves: every string and function of a strings tree, by dotted path. */
function leaves(tree: unknown, prefix: string, out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = `${prefix}.${key}`
    if (typeof value === 'object' && value !== null) leaves(value, path, out)
    else out.set(path, value)
  }
  return out
}

const trees = (a: unknown, c: unknown, s: unknown, e: unknown) =>
  new Map([
    ...leaves(a, 'analyzer'),
    ...leaves(c, 'compare'),
    ...leaves(s, 'simulator'),
    ...leaves(e, 'effective'),
  ])
const ru = () => trees(analyzer, ruCompare.compare, simulatorPanel, effective)
const en = () => trees(enAnalyzer, enCompare.compare, enSimulator, enEffective)

// Real diffs: a changed, an added, a removed and a moved rule, on kube-apiserver and on DKP.
const SECRETS: PolicyRule = { level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] }
const WRITES: PolicyRule = { level: 'Request', verbs: ['create', 'update', 'patch', 'delete'] }
const PODS: PolicyRule = {
  level: 'RequestResponse',
  omitStages: ['RequestReceived'],
  resources: [{ group: '', resources: ['pods', 'pods/exec'] }],
  namespaces: ['default'],
}
const HEALTH: PolicyRule = { level: 'None', nonResourceURLs: ['/healthz*'], users: ['system:anonymous'] }
const GROUPS: PolicyRule = {
  level: 'Request',
  userGroups: ['system:serviceaccounts'],
  resources: [{ group: 'apps', resources: ['deployments'], resourceNames: ['web'] }],
  omitManagedFields: true,
}
const ALL: PolicyRule = { level: 'Metadata' }
const policy = (...rules: PolicyRule[]): Policy => ({ rules })
const PAIRS: [Policy, Policy][] = [
  [policy(SECRETS, ALL), policy(WRITES, SECRETS, ALL)],
  [policy(WRITES, SECRETS, ALL), policy(SECRETS, ALL)],
  [policy(SECRETS, PODS, ALL), policy(PODS, SECRETS, ALL)],
  [policy(WRITES, ALL), policy({ ...WRITES, level: 'RequestResponse', verbs: ['create', 'delete'] }, ALL)],
  [policy(HEALTH, GROUPS, ALL), policy(GROUPS, PODS)],
  [policy(SECRETS), policy({ ...SECRETS, level: 'Request', verbs: WRITES.verbs }, SECRETS)],
]
function diffs() {
  return PAIRS.flatMap(([a, b]) => [diffPolicies(a, b), diffPolicies(a, b, { target: 'deckhouse' })])
}

// Request classes the diffs above may not reach: every branch of the wording.
const CLASS: RequestClass = {
  kinds: ['resource'],
  users: { any: true },
  unauthenticated: false,
  groups: { anyOf: [], noneOf: [] },
  verbs: { any: true },
  namespaces: { any: true },
  apiGroups: { any: true },
  resources: { any: true },
  subresources: { any: true },
  names: { any: true },
  path: { exceptPaths: [], exceptPrefixes: [] },
}
const CLASSES: RequestClass[] = [
  CLASS,
  { ...CLASS, kinds: ['resource', 'nonResource'], verbs: { only: ['get', 'list'] } },
  { ...CLASS, kinds: ['resource', 'nonResource'], verbs: { except: ['watch'] }, unauthenticated: true },
  {
    ...CLASS,
    verbs: { except: ['get'] },
    resources: { except: ['pods', 'secrets', 'configmaps', 'events', 'leases'] },
    subresources: { except: [''] },
    apiGroups: { except: ['', 'apps'] },
    names: { only: ['a', 'b'] },
    namespaces: { except: ['kube-system'] },
    users: { except: ['alice'] },
    unauthenticated: true,
    groups: { anyOf: [['admins', 'ops']], noneOf: ['system:nodes'] },
  },
  {
    ...CLASS,
    resources: { only: ['pods'] },
    subresources: { only: ['', 'exec', 'log'] },
    apiGroups: { only: [''] },
    names: { except: ['x'] },
    namespaces: { only: ['', 'default'] },
    users: { only: [] },
    unauthenticated: true,
  },
  { ...CLASS, subresources: { only: ['status'] }, namespaces: { only: [''] }, names: { only: ['one'] } },
  { ...CLASS, subresources: { except: ['exec'] }, users: { only: ['alice', 'bob', 'carol', 'dave'] } },
  { ...CLASS, kinds: ['nonResource'], path: { exceptPaths: ['/version'], exceptPrefixes: ['/debug'] } },
  { ...CLASS, kinds: ['nonResource'], path: { prefix: '/healthz', exceptPaths: [], exceptPrefixes: [] } },
  { ...CLASS, kinds: ['nonResource'], path: { exact: '/metrics', exceptPaths: [], exceptPrefixes: [] } },
]
const OUTCOME: Outcome = { level: 'Metadata', omitStages: [], omitManagedFields: false, rule: null }
const OUTCOMES: [Outcome, Outcome, boolean][] = [
  [OUTCOME, { ...OUTCOME, rule: { kind: 'user', index: 0 } }, true],
  [{ ...OUTCOME, rule: { kind: 'user', index: 4 } }, OUTCOME, true],
  [
    { ...OUTCOME, rule: { kind: 'builtin', number: 14 } },
    { ...OUTCOME, rule: { kind: 'user', index: 2 } },
    true,
  ],
  [
    OUTCOME,
    { ...OUTCOME, level: 'Request', omitStages: ['RequestReceived'], omitManagedFields: true },
    false,
  ],
  [{ ...OUTCOME, rule: { kind: 'user', index: 1 } }, { ...OUTCOME, rule: { kind: 'user', index: 1 } }, false],
]
const CHANGE: BehaviourChange = {
  requests: CLASS,
  except: [
    { rule: { kind: 'builtin', number: 3 }, side: 'both' },
    { rule: { kind: 'builtin', number: 4 }, side: 'both' },
    { rule: { kind: 'user', index: 1 }, side: 'before' },
    { rule: { kind: 'user', index: 2 }, side: 'after' },
    { rule: { kind: 'user', index: 3 }, side: 'after' },
    { rule: { kind: 'user', index: 5 }, side: 'both' },
  ],
  example: {
    user: 'alice',
    groups: [],
    verb: 'get',
    resourceRequest: true,
    apiGroup: '',
    resource: 'pods',
    subresource: '',
    namespace: '',
    name: '',
    path: '/api/v1/pods',
  },
  before: OUTCOME,
  after: { ...OUTCOME, level: 'None' },
  changed: ['level'],
}

function expectSentence(text: unknown, where: string) {
  expect(typeof text, where).toBe('string')
  expect((text as string).length, where).toBeGreaterThan(0)
  expect(text, where).not.toMatch(BROKEN)
}

describe('Russian strings of the lazily loaded panels', () => {
  beforeEach(() => setActiveLocale('ru'))
  afterEach(() => setActiveLocale('en'))

  it('every function has its parameters listed here, and the same parameters as its English twin', () => {
    const r = ru()
    const e = en()
    const functions = [...r].filter(([, v]) => typeof v === 'function').map(([k]) => k)
    const listed = functions.filter((k) => !COMPARE_FUNCTIONS.some((f) => k === `compare.${f}`))
    expect(listed.sort()).toEqual(Object.keys(SIGNATURES).sort())
    expect([...r.keys()].sort()).toEqual([...e.keys()].sort())
    for (const k of functions)
      expect((r.get(k) as () => string).length, k).toBe((e.get(k) as () => string).length)
    for (const [k, signature] of Object.entries(SIGNATURES))
      expect(signature.length, k).toBe((r.get(k) as () => string).length)
  })

  it('every function gives a whole sentence for 0, 1, 2, 5 and 21, and every text is non-empty', () => {
    for (const [path, value] of ru()) {
      if (typeof value === 'string') {
        if (path !== 'compare.statuses.same') expectSentence(value, path)
        continue
      }
      const signature = SIGNATURES[path]
      if (signature === undefined) continue
      for (const args of argsFor(signature, path))
        expectSentence((value as (...a: unknown[]) => string)(...args), `${path}(${args.join(', ')})`)
    }
  })

  it('the texts are translated: none reads as its English twin, beyond the literal ones', () => {
    const e = en()
    const same: string[] = []
    for (const [path, value] of ru()) {
      const signature = SIGNATURES[path]
      const english = e.get(path)
      if (typeof value === 'string') {
        if (value === english) same.push(path)
      } else if (signature !== undefined) {
        const args = argsFor(signature, path)[2]!
        const ruText = (value as (...a: unknown[]) => string)(...args)
        setActiveLocale('en')
        const enText = (english as (...a: unknown[]) => string)(...args)
        setActiveLocale('ru')
        if (ruText === enText) same.push(path)
      }
    }
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort())
  })

  it('compare: every rule and behaviour change of real diffs, and every wording branch, reads whole', () => {
    const ruleChanges: RuleChange[] = []
    const changes: BehaviourChange[] = [CHANGE]
    for (const d of diffs()) {
      ruleChanges.push(...d.ruleChanges)
      changes.push(...d.behaviourChanges)
      for (const f of d.policyChanges) expectSentence(ruCompare.fieldChange(f), f.field)
    }
    expect(new Set(ruleChanges.map((c) => c.kind))).toEqual(new Set(['added', 'removed', 'moved', 'changed']))
    expect(changes.some((c) => c.except.length > 0)).toBe(true)
    for (const c of ruleChanges) {
      expectSentence(ruCompare.ruleChange(c), c.kind)
      expect(ruCompare.compare.ruleChange(c)).toBe(ruCompare.ruleChange(c))
    }
    for (const c of changes) {
      const text = ruCompare.behaviourChange(c)
      expectSentence(text, JSON.stringify(c.requests))
      expect(text).not.toBe(enCompare.behaviourChange(c))
    }
    for (const c of CLASSES) {
      const text = ruCompare.requestClass(c)
      expectSentence(text, JSON.stringify(c))
      expect(text).not.toMatch(/\b(any|of|by|in|but|and)\b/)
    }
    for (const [before, after, changed] of OUTCOMES)
      expectSentence(ruCompare.outcomeChange(before, after, changed), JSON.stringify([before, after]))
    expect(ruCompare.ruleRef(null)).toBe('ни одно правило')
    expect(ruCompare.fieldChange({ field: 'level', before: undefined, after: 'None' })).toBe(
      'level: (не задано) → None',
    )
  })

  it('compare: the rules that decide first are named in the right number', () => {
    expect(ruCompare.behaviourChange(CHANGE)).toBe(
      'любой глагол для любого ресурса в любом пространстве имён или без него, от любого пользователя, если раньше не решат встроенные правила 3 и 4 или ваши правила 3, 4 и 6 или правило 2 базовой политики: Metadata → None; не подходит ни одно правило, как и раньше',
    )
    const one = { ...CHANGE, except: [CHANGE.except[0]!] }
    expect(ruCompare.behaviourChange(one)).toContain(', если раньше не решит встроенное правило 3:')
  })

  it('simulator: the rules that also match go on in lower case after the colon', () => {
    const names = [simulatorPanel.trace.yourRule(6), simulatorPanel.trace.builtin(28, 'Не логировать')]
    expect(simulatorPanel.alsoMatched(names)).toBe(
      'Тоже подходят, но стоят дальше и не решают: ваше правило 6, встроенное правило DKP 28 (Не логировать).',
    )
  })

  it('Russian plurals: one, few and many for 1, 2, 5 and 21', () => {
    const cases: [(n: number) => string, string[]][] = [
      [analyzer.summary.events, ['1 событие', '2 события', '5 событий', '21 событие']],
      [
        analyzer.rules.showZero,
        [
          'Показать 1 правило без запросов',
          'Показать 2 правила без запросов',
          'Показать 5 правил без запросов',
          'Показать 21 правило без запросов',
        ],
      ],
      [
        analyzer.summary.lowerBoundNote,
        ['1 запрос требует', '2 запроса требуют', '5 запросов требуют', '21 запрос требует'],
      ],
      [(n) => analyzer.timeline.step(n), ['1 минута', '2 минуты', '5 минут', '21 минута']],
      [
        (n) => analyzer.forecast.rotation(n, 100, n),
        [
          '1 ротированный файл по 100 МиБ',
          '2 ротированных файла',
          '5 ротированных файлов',
          '21 ротированный файл',
        ],
      ],
      [
        (n) => analyzer.forecast.rotation(10, 100, n),
        ['не дольше 1 дня', 'не дольше 2 дней', 'не дольше 5 дней', 'не дольше 21 дня'],
      ],
      [ruCompare.compare.behaviourCount, ['1 изменение', '2 изменения', '5 изменений', '21 изменение']],
      [
        (n) => ruCompare.compare.sessionVersion('opened', '', n),
        ['(1 правило)', '(2 правила)', '(5 правил)', '(21 правило)'],
      ],
      [
        (n) => simulatorPanel.saved.summary(1, n),
        [
          '1 запрос не проходит, 1 проходит',
          '2 запроса не проходят',
          '5 запросов не проходят',
          '21 запрос не проходит',
        ],
      ],
      [(n) => simulatorPanel.againstKube(n), ['(1 правило)', '(2 правила)', '(5 правил)', '(21 правило)']],
      [
        (n) => effective.summary(n, 27, 3, 2),
        ['выполняет 1 правило,', 'выполняет 2 правила,', 'выполняет 5 правил,', 'выполняет 21 правило,'],
      ],
    ]
    for (const [f, want] of cases) [1, 2, 5, 21].forEach((n, i) => expect(f(n)).toContain(want[i]))
  })

  it('Russian numbers: grouped with a no-break space, decimals with a comma', () => {
    expect(analyzer.problems.heading(12345)).toBe('Проблемы (12\u00a0345)')
    expect(analyzer.forecast.hours(2.5)).toBe('2,5 ч')
    expect(analyzer.forecast.hours(0.4)).toBe('24 мин')
    expect(analyzer.forecast.hours(400)).toBe('16,7 сут.')
    expect(analyzer.timeline.step(90)).toBe('Каждый столбец — 1,5 ч (UTC).')
    expect(analyzer.summary.events(12345)).toBe('12\u00a0345 событий')
  })
})

describe('English sentences on countOf/pluralForm read as before', () => {
  afterEach(() => setActiveLocale('en'))

  it('counts, plurals and grouped numbers', () => {
    setActiveLocale('en')
    const a = enAnalyzer
    expect([1, 2].map(a.summary.events)).toEqual(['1 event', '2 events'])
    expect(a.summary.events(12345)).toBe('12,345 events')
    expect(a.summary.files(1, '1.5 KiB', '0.2')).toBe('1 file, 1.5 KiB read in 0.2 s')
    expect(a.summary.files(3, '1.5 KiB', '0.2')).toBe('3 files, 1.5 KiB read in 0.2 s')
    expect(a.summary.lowerBoundNote(1)).toMatch(/^1 request asks for more detail/)
    expect(a.summary.lowerBoundNote(2)).toMatch(/^2 requests ask for more detail/)
    expect(a.analyzing(1)).toBe('Analyzing the log…')
    expect(a.analyzing(3)).toBe('Analyzing 3 logs…')
    expect(a.rules.showZero(1)).toBe('Show 1 rule with no requests')
    expect(a.rules.showZero(4)).toBe('Show 4 rules with no requests')
    expect([1, 3].map(a.rules.samples)).toEqual(['1 sample event', '3 sample events'])
    expect(a.forecast.window('a', 'b', '1 h', 1)).toContain('(1 h), 1 API server (')
    expect(a.forecast.window('a', 'b', '1 h', 2)).toContain('(1 h), 2 API servers (')
    expect(a.open.heading(1234)).toBe('Requests without an end (1,234)')
    expect(a.open.more(1234)).toBe('…and 1,234 more')
    expect(a.notes.otherVersion(1)).toMatch(/^1 event of another/)
    expect(a.notes.duplicates('f', 1)).toBe('f: 1 event was read already in an earlier file, counted once.')
    expect(a.notes.duplicates('f', 2)).toBe('f: 2 events were read already in an earlier file, counted once.')
    expect([1, 5, 90].map(a.timeline.step)).toEqual([
      'Each bar is 1 minute (UTC).',
      'Each bar is 5 minutes (UTC).',
      'Each bar is 1.5 hours (UTC).',
    ])
    expect(a.problems.heading(1234)).toBe('Problems (1,234)')
    expect(a.problems.more(1234)).toBe('…and 1,234 more of this kind')

    const c = enCompare.compare
    expect(c.sessionVersion('opened', '', 1)).toBe('As the page opened (1 rule)')
    expect(c.sessionVersion('loaded', '10:00', 3)).toBe('Loaded at 10:00 (3 rules)')
    expect([1, 2].map(c.behaviourCount)).toEqual([
      '1 change in what is logged',
      '2 changes in what is logged',
    ])
    expect(c.behaviourChange(CHANGE)).toContain(
      ', unless built-in rules 3 and 4 or your rules 3, 4 and 6 or rule 2 of the base decide first: ',
    )
    expect(c.behaviourChange({ ...CHANGE, except: [CHANGE.except[0]!] })).toContain(
      ', unless built-in rule 3 decides first: ',
    )

    const s = enSimulator
    expect(s.againstKube(1)).toBe('Checked against your policy as kube-apiserver runs it (1 rule).')
    expect(s.againstDkp(30, 1)).toMatch(
      /^Checked against the effective DKP policy: 30 rules, 1 of them yours/,
    )
    expect(s.saved.summary(1, 0)).toBe('All 1 request passes.')
    expect(s.saved.summary(3, 0)).toBe('All 3 requests pass.')
    expect(s.saved.summary(1, 1)).toBe('1 request fails, 1 passes.')
    expect(s.saved.summary(2, 3)).toBe('3 requests fail, 2 pass.')
    expect(enEffective.summary(30, 27, 1, 2)).toBe(
      'kube-apiserver runs 30 rules, first match wins: 27 built-in before yours, 1 rule of yours, 2 built-in after.',
    )
  })
})

describe('the lazily loaded strings follow the language chosen at start', () => {
  afterEach(() => {
    vi.doUnmock('../index.ts')
    vi.resetModules()
  })

  async function load(l: 'en' | 'ru') {
    // The first screen's strings (index.ts, which may choose the language itself at start) stay English here:
    // what is tested is the choice these wrappers make.
    vi.resetModules()
    vi.doMock('../index.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../index.ts')>()
      // Choosing the language at start is index.ts's job: whatever it chose here, `l` is the one under test.
      ;(await import('../locale.ts')).setActiveLocale(l)
      return { ...original, t: (await import('../en.ts')).en }
    })
    const { setActiveLocale: set } = await import('../locale.ts')
    set(l)
    const [a, c, v] = await Promise.all([
      import('../analyzer.ts'),
      import('../compare.ts'),
      import('../verify.ts'),
    ])
    return { a: a.t.analyzer, c: c.t.compare, v: v.t.verify }
  }

  it('Russian when the locale is ru', async () => {
    const { a, c, v } = await load('ru')
    expect(a.choose).toBe(analyzer.choose)
    expect(a.summary.events(5)).toBe('5 событий')
    expect(c.title).toBe(ruCompare.compare.title)
    expect(v.simulator.trace.heading).toBe(simulatorPanel.trace.heading)
    expect(v.simulator.saved.heading).toBe(simulatorPanel.saved.heading)
    expect(v.effective.noUserRules).toBe(effective.noUserRules)
  })

  it('English otherwise, with the first screen’s strings kept beside them', async () => {
    const { a, c, v } = await load('en')
    expect(a.choose).toBe(enAnalyzer.choose)
    expect(a.tab).toBe('Analyze a log')
    expect(c.title).toBe(enCompare.compare.title)
    expect(c.sharedBase).toBe('from the share link')
    expect(v.simulator.trace.heading).toBe(enSimulator.trace.heading)
    expect(typeof v.simulator.saved.failingBadge).toBe('function')
    expect(v.effective.noUserRules).toBe(enEffective.noUserRules)
  })
})
