import { useMemo } from 'react'
import type { Diagnostic } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { diagnosticText } from '../../i18n/ownFindings.ts'
import { draftProblemText } from './draftProblemText.ts'
import type { BlockKind } from '../../i18n/en/verify.ts'
import { hintText } from '../../state/diagnostics.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import { useDiagnostics, useDkpDiagnostics, usePolicy, useTarget } from '../../state/index.ts'

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
      (first.hint ? `${hintText(first.hint)}. ` : '') +
      diagnosticText(first) +
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
  const draft = useDraftBlocked(false)
  const policy = usePolicyBlocked()
  const moduleConfig = useModuleConfigBlocked()
  return draft ?? policy ?? moduleConfig
}

/**
 * useDraftBlocked: while the YAML editor holds text that does not read, every output says so and Copy and
 * Download ask first: the Policy tab gives the editor's text as it is, the others are built from the last
 * version that read (`policyTab` chooses the wording).
 */
export function useDraftBlocked(policyTab: boolean): ExportGuard | undefined {
  const draft = useDraft()
  const policy = usePolicy()
  const problem = isCurrent(draft, policy) && draft!.status !== 'ok' ? draft!.problem : undefined
  return useMemo(() => {
    if (!problem) return undefined
    const g = t.keeptext.draftGuard
    const where = draftProblemText(problem)
    return policyTab
      ? { status: g.statusPolicy, title: g.titlePolicy, detail: where }
      : { status: g.statusOther, title: g.titleOther, detail: g.detailOther(where) }
  }, [problem, policyTab])
}
