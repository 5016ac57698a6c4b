import { describe, expect, it } from 'vitest'
import { controlFor } from './useModuleConfigReveal.ts'

describe('controlFor', () => {
  it.each([
    ['spec.settings.apiserver.auditLog.path', 'path'],
    ['spec.settings.apiserver.auditLog.output', 'output'],
    ['spec.settings.apiserver.auditLog', 'output'],
    ['spec.settings.apiserver.basicAuditPolicyEnabled', 'basic'],
    ['spec.version', 'group'],
  ])('%s → %s', (path, control) => {
    expect(controlFor(path)).toBe(control)
  })
})
