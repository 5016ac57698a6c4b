import { useEffect, useRef, type RefObject } from 'react'
import { takePendingReveal, useRevealRequests } from '../../state/reveal.ts'
import { useWhenShown, type WhenShown } from './whenShown.ts'

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

/** focusOn focuses the control for `path` once it is shown. */
function focusOn(whenShown: WhenShown, refs: ModuleConfigControlRefs, path: string): void {
  whenShown(
    () => target(refs, path),
    (el) => el.focus(),
  )
}

/**
 * useModuleConfigReveal answers "show me where" requests for the ModuleConfig (state/reveal.ts) by focusing the
 * control concerned once it is shown (a request can arrive while the controls are mounted but hidden by
 * Suspense); a request made while the ModuleConfig tab was closed is taken when the controls mount.
 */
export function useModuleConfigReveal(refs: ModuleConfigControlRefs): void {
  // The refs are stable: the latest ones are those of the first render.
  const first = useRef(refs)
  const whenShown = useWhenShown()
  useRevealRequests('moduleConfig', ({ at }) => {
    takePendingReveal('moduleConfig')
    focusOn(whenShown, first.current, at)
  })
  useEffect(() => {
    const pending = takePendingReveal('moduleConfig')
    if (pending) focusOn(whenShown, first.current, pending.at)
  }, [whenShown])
}
