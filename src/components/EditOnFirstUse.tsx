import { Suspense, type ReactNode, type RefObject } from 'react'
import { HighlightedCode } from './HighlightedCode.tsx'

// Monaco is most of the app's code (about 740 KB gzip): a first visit that only looks at the policy does not
// need it. The text is shown highlighted (HighlightedCode) until the user starts to use it — a click, the
// focus or a key on it — and the editor loads then, under the text; once it is ready it takes over in place,
// with the focus and the selection the user made in the meantime (useFirstUse).

interface EditOnFirstUseProps {
  value: string
  /** Accessible name of the code. */
  label: string
  /** From useFirstUse: whether the editor was asked for, and whether it has taken over. */
  started: boolean
  handedOver: boolean
  onStart: () => void
  placeholderRef: RefObject<HTMLDivElement | null>
  /** The editor (lazily loaded: it is wrapped in Suspense here), rendered once started. */
  children: ReactNode
}

/**
 * EditOnFirstUse shows `value` highlighted until the editor (`children`) has been started and is ready, then
 * the editor alone. Both fill the same positioned box, so the page does not move when one replaces the other.
 */
export function EditOnFirstUse({
  value,
  label,
  started,
  handedOver,
  onStart,
  placeholderRef,
  children,
}: EditOnFirstUseProps) {
  const onUse = started ? undefined : onStart
  return (
    <>
      {started && <Suspense fallback={null}>{children}</Suspense>}
      {!handedOver && (
        <HighlightedCode
          ref={placeholderRef}
          value={value}
          label={label}
          onPointerDown={onUse}
          onFocus={onUse}
          onKeyDown={onUse}
        />
      )}
    </>
  )
}
