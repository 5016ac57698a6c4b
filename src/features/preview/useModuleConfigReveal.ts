import { useEffect, useRef, type RefObject } from 'react'
import { takePendingReveal, useRevealRequests } from '../../state/reveal.ts'

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

function focus(refs: ModuleConfigControlRefs, path: string): void {
  const kind = controlFor(path)
  if (kind === 'output') {
    // A radio group is focused at its chosen option.
    const radio =
      refs.output.current?.querySelector<HTMLInputElement>('input:checked') ??
      refs.output.current?.querySelector<HTMLInputElement>('input')
    radio?.focus()
    return
  }
  refs[kind].current?.focus()
}

/**
 * useModuleConfigReveal answers "show me where" requests for the ModuleConfig (state/reveal.ts) by focusing the
 * control concerned; a request made while the ModuleConfig tab was closed is taken when the controls mount.
 */
export function useModuleConfigReveal(refs: ModuleConfigControlRefs): void {
  // The refs are stable: the latest ones are those of the first render.
  const first = useRef(refs)
  useRevealRequests('moduleConfig', ({ at }) => {
    takePendingReveal('moduleConfig')
    focus(first.current, at)
  })
  useEffect(() => {
    const pending = takePendingReveal('moduleConfig')
    if (pending) focus(first.current, pending.at)
  }, [])
}
