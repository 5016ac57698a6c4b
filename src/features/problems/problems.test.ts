import { describe, expect, it } from 'vitest'
import { lintPolicy as lintCodes } from '../../policy/lint.ts'
import { lint as enLint } from '../../i18n/en/lint.ts'
import { wordFindings } from '../../i18n/lint.ts'

/** lintPolicy: lint's findings in English words, as the UI's lint runner gives them. */
const lintPolicy = (...args: Parameters<typeof lintCodes>) => wordFindings(lintCodes(...args), enLint)
import type { Diagnostic } from '../../policy/types.ts'
import { validatePolicy } from '../../policy/validate.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { ownFindings as en } from '../../i18n/en/ownFindings.ts'
import { ownFindings as ru } from '../../i18n/ru/ownFindings.ts'
import { countProblems } from './countProblems.ts'
import { collectProblems, HEADLINE_MAX, headlineOf } from './problems.ts'

const badUrl = aPolicy([aRule({ nonResourceURLs: ['healthz'] })])
const shadowed = aPolicy([aRule(), aRule({ level: 'None', userGroups: ['system:nodes'] })])
const dkpPath: Diagnostic = {
  severity: 'error',
  kind: 'Invalid',
  path: 'spec.settings.apiserver.auditLog.path',
  message: 'auditLog.path must match …',
  source: 'deckhouse',
}
const strictKey: Diagnostic = {
  severity: 'error',
  kind: 'Invalid',
  path: 'rules[0]',
  at: 'rules[0]',
  message: 'unknown field "levle"',
  source: 'deckhouse',
  range: { start: { line: 4, column: 5, offset: 40 }, end: { line: 4, column: 10, offset: 45 } },
}

describe('collectProblems', () => {
  it.each([
    ['kube-apiserver errors stop kube-apiserver', 'kube-apiserver', validatePolicy(badUrl), 'kube-apiserver'],
    [
      'on DKP they pass the Secret, then stop kube-apiserver',
      'deckhouse',
      validatePolicy(badUrl),
      'dkp-then-kube',
    ],
    [
      'DKP strict-reading errors mean the Secret is refused',
      'deckhouse',
      [{ ...strictKey, range: undefined }],
      'dkp-secret',
    ],
  ] as const)('%s', (_name, target, findings, block) => {
    const [first] = collectProblems(findings, [], target)
    expect(first).toMatchObject({ severity: 'error', block })
  })

  it('drops the API server path prefix from messages and keeps the place', () => {
    const [first] = collectProblems(validatePolicy(badUrl), [], 'kube-apiserver')
    expect(first!.message).toMatch(/^Invalid value: "healthz"/)
    expect(first!.at).toBe('rules[0].nonResourceURLs[0]')
  })

  it('keeps lint ids and fixes; warnings are not marked as blocking', () => {
    const findings = lintPolicy(shadowed, { target: 'kube-apiserver' })
    const problem = collectProblems(findings, [], 'kube-apiserver').find((p) => p.lintId === 'shadowed-rule')
    expect(problem).toMatchObject({ severity: 'warning', at: 'rules[1]' })
    expect(problem!.block).toBeUndefined()
    expect(problem!.fix!.description).toBe('Move rule 2 above rule 1')
  })

  it('puts errors first, then warnings, then notes, each in the order found; ModuleConfig errors too', () => {
    const lint = lintPolicy(shadowed, { target: 'kube-apiserver' })
    const list = collectProblems([...lint, ...validatePolicy(badUrl)], [dkpPath], 'kube-apiserver')
    expect(list.map((p) => p.severity)).toEqual(
      [...list.map((p) => p.severity)].sort((a, b) => rank(a) - rank(b)),
    )
    const mc = list.find((p) => p.place === dkpPath.path)
    expect(mc!.block).toBe('dkp-moduleconfig')
    expect(mc!.at).toBeUndefined()
  })

  it('points ModuleConfig findings at their ModuleConfig control, not at the policy', () => {
    const [mc] = collectProblems([], [dkpPath], 'deckhouse')
    expect(mc).toMatchObject({ inModuleConfig: 'spec.settings.apiserver.auditLog.path' })
    expect(mc!.at).toBeUndefined()
    expect(mc!.inText).toBeUndefined()
  })

  it('adds the YAML text findings the document does not have, with their line', () => {
    const doc = validatePolicy(badUrl)
    const list = collectProblems(doc, [], 'deckhouse', [...doc, strictKey])
    expect(list).toHaveLength(2)
    expect(list.filter((p) => p.inText)).toEqual([
      expect.objectContaining({ message: 'unknown field "levle"', inText: { line: 4, column: 5 } }),
    ])
  })
})

const rank = (s: string) => ['error', 'warning', 'info'].indexOf(s)

describe('countProblems', () => {
  it('counts by severity', () => {
    expect(countProblems([{ severity: 'error' }, { severity: 'info' }, { severity: 'info' }])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    })
  })
})

describe('headlines', () => {
  // kube-apiserver's RFC 1123 message runs to 250+ characters; DKP on 1.33 refuses group "*" with it.
  const rfc1123 = aPolicy([aRule({ resources: [{ group: 'rbac.authorization.k8s.io/v1beta1' }] })])
  const star = aPolicy([aRule({ resources: [{ group: '*', resources: ['*/status'] }] })])

  it('every finding in the list is a one-line headline of at most 140 characters', () => {
    const findings = [
      ...validatePolicy(rfc1123),
      ...validatePolicy(star, { kubernetesVersion: '1.33' }),
      ...validatePolicy(badUrl),
      ...lintPolicy(shadowed, { target: 'deckhouse' }),
    ]
    const list = collectProblems(findings, [dkpPath], 'deckhouse', [strictKey])
    expect(list.length).toBeGreaterThan(4)
    for (const p of list) {
      expect(p.message.length, p.message).toBeLessThanOrEqual(HEADLINE_MAX)
      expect(p.message).not.toMatch(/\n/)
    }
  })

  it('a long API server message is cut after a whole word, and said whole in the details', () => {
    const [first] = collectProblems(validatePolicy(rfc1123), [], 'kube-apiserver')
    const whole = validatePolicy(rfc1123)[0]!.message.replace(/^[^:]+: /, '')
    expect(whole.length).toBeGreaterThan(HEADLINE_MAX)
    expect(first!.message).toMatch(
      /^Invalid value: "rbac\.authorization\.k8s\.io\/v1beta1": a lowercase RFC 1123 subdomain .*\S…$/,
    )
    expect(whole.startsWith(first!.message.slice(0, -1))).toBe(true)
    expect(whole.charAt(first!.message.length - 1)).toMatch(/[\s,]/)
    expect(first!.details![0]).toBe(whole)
  })

  it.each([
    ['English', en],
    ['Russian', ru],
  ] as const)('%s: our own validation findings are headlines as they are written', (_name, words) => {
    // The findings without parameters (the others quote what they are about, however long).
    const fixed = Object.values(words).filter((say) => say.length === 0) as Array<() => string>
    expect(fixed.length).toBeGreaterThan(2)
    for (const text of fixed.map((say) => say())) {
      expect(text.length, text).toBeLessThanOrEqual(HEADLINE_MAX)
      expect(headlineOf(text)).toBe(text)
    }
  })

  it.each([
    ['short', 'Invalid value: "x": must be y', 'Invalid value: "x": must be y'],
    ['several lines', 'line one\n  line two', 'line one line two'],
    ['one long word', 'x'.repeat(200), `${'x'.repeat(139)}…`],
  ])('headlineOf: %s', (_name, message, want) => {
    expect(headlineOf(message)).toBe(want)
  })
})
