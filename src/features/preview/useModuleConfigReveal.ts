import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useRevealRequest, useRevealServed } from '../../state/index.ts'
import { isShown } from '../../components/isShown.ts'

/** ModuleConfigControlRefs: the controls a ModuleConfig finding can point at, and the group around them. */
export interface ModuleConfigControlRefs {
  group: RefObject<HTMLElement | null>
  basic: RefObject<HTMLInputElement | null>
  output: RefObject<HTMLElement | null>
  path: RefObject<HTMLInputElement | null>
}

/** controlFor: which control shows a ModuleConfig path; the group for places without a control of their own. */
export function controlFor(path: string): keyof ModuleConfigControlRefs {
  if (path.endsWith('.auditLog.path')) return 'path'
  if (path.endsWith('.auditLog.output') || path.endsWith('.auditLog')) return 'output'
  if (path.endsWith('.basicAuditPolicyEnabled')) return 'basic'
  return 'group'
}

function target(refs: ModuleConfigControlRefs, path: string): HTMLElement | null | undefined {
  const kind = controlFor(path)
  // A radio group is focused at its chosen option.
  if (kind === 'output')
    return (
      refs.output.current?.querySelector<HTMLInputElement>('input:checked') ??
      refs.output.current?.querySelector<HTMLInputElement>('input')
    )
  return refs[kind].current
}

/**
 * useModuleConfigReveal answers "show me where" requests for the ModuleConfig (state/reveal.ts) by focusing the
 * control concerned once it is shown: a request made while the ModuleConfig tab was closed waits in the store
 * until the controls mount; one made while they are hidden by Suspense is served when they are shown again.
 */
export function useModuleConfigReveal(refs: ModuleConfigControlRefs): void {
  // The refs are stable: the latest ones are those of the first render.
  const first = useRef(refs)
  const request = useRevealRequest('moduleConfig')
  const served = useRevealServed()
  const seq = request?.seq ?? 0
  const at = request?.at ?? ''
  useLayoutEffect(() => {
    const el = seq === 0 ? null : target(first.current, at)
    if (!el || !isShown(el)) return
    el.focus()
    served(seq)
  }, [seq, at, served])
}
