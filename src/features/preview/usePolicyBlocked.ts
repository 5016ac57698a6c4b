import { useMemo } from 'react'
import type { Diagnostic } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import type { BlockKind } from '../../i18n/en/verify.ts'
import { useDiagnostics, useDkpDiagnostics, useTarget } from '../../state/index.ts'

/**
 * ExportGuard: why the output would not work as it is. Copy and Download stay enabled, but ask first with a
 * dialog that says what will happen (the title) and the first error (the detail).
 */
export interface ExportGuard {
  /** One line next to the buttons. */
  status: string
  title: string
  /** The first error, and how many more there are. */
  detail: string
}

function guardOf(errors: readonly Diagnostic[], kind: BlockKind): ExportGuard | undefined {
  const first = errors[0]
  if (!first) return undefined
  const g = t.verify.guard
  return {
    status: g.status(errors.length, kind),
    title: g.title[kind],
    detail:
      (first.hint ? `${first.hint}. ` : '') +
      first.message +
      (errors.length > 1 ? g.more(errors.length - 1) : ''),
  }
}

/**
 * usePolicyBlocked: what goes wrong if the policy is used as it is, or undefined. On DKP, errors of DKP's own
 * strict reading mean the Secret is refused; the API server's errors pass DKP and stop kube-apiserver.
 */
export function usePolicyBlocked(): ExportGuard | undefined {
  const all = useDiagnostics()
  const target = useTarget()
  return useMemo(() => {
    const errors = all.filter((d) => d.severity === 'error')
    if (target === 'kube-apiserver') return guardOf(errors, 'kube-apiserver')
    const refused = errors.filter((d) => d.source === 'deckhouse')
    return refused.length > 0 ? guardOf(refused, 'dkp-secret') : guardOf(errors, 'dkp-then-kube')
  }, [all, target])
}

/** useModuleConfigBlocked: what DKP would refuse in the ModuleConfig settings, or undefined. */
export function useModuleConfigBlocked(): ExportGuard | undefined {
  const all = useDkpDiagnostics()
  return useMemo(
    () =>
      guardOf(
        all.filter((d) => d.severity === 'error'),
        'dkp-moduleconfig',
      ),
    [all],
  )
}

/** useCommandsBlocked: the commands apply both the Secret and the ModuleConfig; the policy's problem first. */
export function useCommandsBlocked(): ExportGuard | undefined {
  const policy = usePolicyBlocked()
  const moduleConfig = useModuleConfigBlocked()
  return policy ?? moduleConfig
}
