// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AnalysisReport } from '../../auditlog/types.ts'
import type { Policy } from '../../policy/types.ts'
import { setLogMeasure } from '../../state/logMeasure.ts'
import { useDiffOnLog } from './useDiffOnLog.ts'
import type { ComparedDiff } from './useDiff.ts'

afterEach(() => {
  cleanup()
  setLogMeasure(null)
})

const policy: Policy = { rules: [{ level: 'Metadata' }] }
const compared = {
  policy,
  diff: { behaviourChanges: [] },
  options: {},
  stale: false,
} as unknown as ComparedDiff

describe('useDiffOnLog', () => {
  it('says "no log" while no log is analyzed', () => {
    const { result } = renderHook(() => useDiffOnLog(policy, compared))
    expect(result.current).toEqual({ phase: 'no-log' })
  })

  it('shows a failure when the measured figures cannot be read (never an unhandled rejection)', async () => {
    // A report without the figures the comparison reads: reading it throws inside the hook's promise chain.
    setLogMeasure({ measure: () => Promise.resolve({} as AnalysisReport) })
    const { result } = renderHook(() => useDiffOnLog(policy, compared))
    await waitFor(() => expect(result.current.phase).toBe('failed'), { timeout: 15_000 })
    expect(result.current).toMatchObject({ phase: 'failed', failure: { code: 'failed' } })
  })

  it('shows a failure when measuring fails', async () => {
    setLogMeasure({ measure: () => Promise.reject(new Error('the analyzer stopped')) })
    const { result } = renderHook(() => useDiffOnLog(policy, compared))
    await waitFor(() => expect(result.current.phase).toBe('failed'), { timeout: 15_000 })
    expect(result.current).toMatchObject({
      phase: 'failed',
      failure: { code: 'failed', detail: 'the analyzer stopped' },
    })
  })
})
