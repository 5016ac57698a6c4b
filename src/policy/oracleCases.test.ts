// Every case of ../shared/oracle/cases (policy bytes, requests, and the answer of a Go replay of kube-apiserver's
// loader and DKP's hook) against our core: verdict, matched rule and message, for both targets. When Go is
// installed, the oracle is also rebuilt and asked again, so the stored answers cannot drift from it.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildOracle,
  casesMissing,
  compareWithOracle,
  ORACLE_CASES,
  OWN_CASES,
  oracleMissing,
  readCases,
} from '../testing/oracle.ts'

const missing = casesMissing()

describe.skipIf(missing !== undefined)(
  `oracle cases (../shared/oracle/cases)${missing ? `: skipped, ${missing}` : ''}`,
  () => {
    const cases = missing ? [] : readCases()
    it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(113))
    it.each(cases.map((c) => [c.name, c] as const))('%s agrees with the oracle', (_name, c) => {
      expect(compareWithOracle(c.policy, c.expected, c.requests)).toEqual([])
    })
  },
)

const noOracle = missing ?? oracleMissing()
describe.skipIf(noOracle !== undefined)(`oracle binary${noOracle ? `: skipped, ${noOracle}` : ''}`, () => {
  it('answers every stored case as stored', { timeout: 120_000 }, () => {
    const bin = buildOracle()
    for (const c of readCases()) {
      const file = join(ORACLE_CASES, c.name, 'policy')
      const kube = JSON.parse(execFileSync(bin, ['kube', file], { encoding: 'utf8' })) as Record<
        string,
        unknown
      >
      expect({ case: c.name, ...kube }).toEqual({ case: c.name, ...c.expected.kube })
    }
  })
})

describe('our own oracle cases (src/testdata/oracle-cases: found by the fuzzer or written by us)', () => {
  const cases = readCases(OWN_CASES)
  it('has cases', () => expect(cases.length).toBeGreaterThan(0))
  it.each(cases.map((c) => [c.name, c] as const))('%s agrees with the oracle', (_name, c) => {
    expect(compareWithOracle(c.policy, c.expected, c.requests)).toEqual([])
  })
})
