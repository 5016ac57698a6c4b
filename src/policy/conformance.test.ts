import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFORMANCE_COPY, hasSharedConformance, needsShared, SHARED_CONFORMANCE } from '../testing/shared.ts'
import { evaluatePolicy, parsePolicy, type RequestAttributes } from './index.ts'

interface ValidationCase {
  name: string
  policy: string
  valid: boolean
  errors: Array<{ path: string; kind: string; message?: string; messageContains?: string }>
  warnings: string[]
}

interface EvaluationCase {
  name: string
  policy: string
  request: RequestAttributes
  expect: { level: string; omitStages: string[]; omitManagedFields: boolean; matchedRule: number | null }
}

const FILES = ['validation.json', 'evaluation.json', 'README.md']
const read = <T>(file: string): T => JSON.parse(readFileSync(join(CONFORMANCE_COPY, file), 'utf8')) as T

const sharedConformance = hasSharedConformance()
describe.skipIf(!sharedConformance)(
  needsShared('conformance vectors: the project copy', sharedConformance, 'conformance'),
  () => {
    it.each(FILES)('%s is identical to ../shared/conformance', (file) => {
      const copy = readFileSync(join(CONFORMANCE_COPY, file))
      const shared = readFileSync(join(SHARED_CONFORMANCE, file))
      expect(
        copy.equals(shared),
        `src/testdata/conformance/${file} differs from ../shared/conformance/${file}: copy it again`,
      ).toBe(true)
    })
  },
)

describe('conformance: validation.json (kube-apiserver loader)', () => {
  const cases = read<ValidationCase[]>('validation.json')
  it('has cases', () => expect(cases.length).toBeGreaterThan(40))
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = parsePolicy(c.policy)
    expect(result.loadable).toBe(c.valid)
    expect(result.warnings).toEqual(c.warnings)
    const errors = result.diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((e) => ({ path: e.path, kind: e.kind }))).toEqual(
      c.errors.map((e) => ({ path: e.path, kind: e.kind })),
    )
    c.errors.forEach((e, i) => {
      if (e.message !== undefined) expect(errors[i]!.message).toBe(e.message)
      else expect(errors[i]!.message).toContain(e.messageContains)
    })
  })
})

describe('conformance: evaluation.json (policy checker)', () => {
  const cases = read<EvaluationCase[]>('evaluation.json')
  it('has cases', () => expect(cases.length).toBeGreaterThan(100))
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = parsePolicy(c.policy)
    expect(result.loadable).toBe(true)
    expect(evaluatePolicy(result.policy!, c.request)).toEqual(c.expect)
  })
})
