import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locatePaths } from './locate.ts'
import { locateTopLevel } from './locateCanonical.ts'
import { serializePolicy } from './serialize.ts'
import type { Policy } from './types.ts'

const TOP = ['rules', 'omitStages', 'omitManagedFields', 'kind', 'apiVersion']

const policyArb: fc.Arbitrary<Policy> = fc.record(
  {
    omitStages: fc.array(fc.constantFrom('RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'), {
      maxLength: 4,
    }),
    omitManagedFields: fc.boolean(),
    rules: fc.array(
      fc.record({
        level: fc.constantFrom('None', 'Metadata', 'Request', 'RequestResponse') as fc.Arbitrary<never>,
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['rules'] },
) as fc.Arbitrary<Policy>

describe('locateTopLevel', () => {
  it("places an empty policy's rules as locatePaths does", () => {
    const text = serializePolicy({ rules: [] })
    const got = locateTopLevel(text, ['rules'])
    expect(got).toEqual(Object.fromEntries(locatePaths(text, ['rules'])))
    expect(got?.rules?.start.line).toBe(3)
  })

  it('equals locatePaths wherever it answers, on canonical texts', () => {
    fc.assert(
      fc.property(policyArb, fc.subarray(TOP, { minLength: 1 }), (policy, paths) => {
        const text = serializePolicy(policy)
        const got = locateTopLevel(text, paths)
        if (got === null) return
        expect(got).toEqual(Object.fromEntries(locatePaths(text, paths)))
      }),
    )
  })

  it('answers for the keys written on one line and declines the rest', () => {
    const text = serializePolicy({ omitManagedFields: true, rules: [{ level: 'None' }] })
    expect(locateTopLevel(text, ['omitManagedFields'])).not.toBeNull()
    expect(locateTopLevel(text, ['rules'])).toBeNull()
    expect(locateTopLevel(text, ['rules[0].level'])).toBeNull()
    expect(locateTopLevel(text, ['omitStages'])).toBeNull()
    expect(locateTopLevel('rules: [] # note\n', ['rules'])).toBeNull()
  })
})
