import Portal from '@mui/material/Portal'
import type { SnackbarProps } from '@mui/material'
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useOpenedOnce } from './useOpenedOnce.ts'

// MUI's Snackbar (with its Grow transition and click-away listener, about 3 KB gzip) is not needed until there
// is something to say, and a closed snackbar renders nothing: its code loads when it first opens, so it is not
// part of the first screen.
const Snackbar = lazy(() => import('@mui/material/Snackbar'))

/** The snackbar on screen (one at a time: a newer one closes it), with how to close it. */
let shown: { id: string; close: () => void } | null = null

/**
 * LazySnackbar is MUI's Snackbar (same props), loaded on its first opening. Snackbars never stack: one that
 * opens closes the one on screen (its onClose gets reason 'timeout', as if its time was up). It shows over the
 * page title in the header (slotPlace), where it covers no rule, field or button, at every width: on a wide
 * screen as one line, on a narrow one (a phone) in smaller type on up to three lines, as tall as the toolbar.
 * A message longer than that place holds is shown whole all the same: the header grows by the room it needs
 * (the `--snackbar-room` spacer, see AppHeader) while the snackbar is open, so it still covers nothing.
 */
export function LazySnackbar(props: SnackbarProps) {
  const id = useId()
  const onClose = useRef(props.onClose)
  useEffect(() => {
    onClose.current = props.onClose
  })
  useEffect(() => {
    if (!props.open) return
    if (shown && shown.id !== id) shown.close()
    const me = { id, close: () => onClose.current?.(new Event('close'), 'timeout') }
    shown = me
    return () => {
      if (shown === me) shown = null
    }
  }, [props.open, props.message, id])
  // Measured as it opens, and kept while it closes (its exit transition stays where it was).
  const [place, setPlace] = useState<Place | null>(null)
  const [openSeen, setOpenSeen] = useState(false)
  if (props.open === true && !openSeen) {
    setOpenSeen(true)
    setPlace(slotPlace())
  } else if (props.open !== true && openSeen) setOpenSeen(false)
  // A closed snackbar leaves once its exit transition is surely over, even if the transition never reported its
  // end (seen under load: an invisible, exited snackbar stayed mounted over the title, and a newer one stacked on it).
  const [gone, setGone] = useState(false)
  if (props.open === true && gone) setGone(false)
  useEffect(() => {
    if (props.open) return
    const timer = setTimeout(() => setGone(true), EXIT_BOUND_MS)
    return () => clearTimeout(timer)
  }, [props.open])
  // The room a message longer than the title place needs below the header's toolbar, measured as it enters.
  const [room, setRoom] = useState(0)
  if (props.open !== true && room !== 0) setRoom(0)
  useEffect(() => {
    if (room === 0) return
    const root = document.documentElement.style
    root.setProperty(ROOM_VAR, `${room}px`)
    return () => {
      root.removeProperty(ROOM_VAR)
    }
  }, [room])
  // The content as it entered: measured again when the message changes while it stays open (a second fix applied
  // before the first one's confirmation has gone), so a longer message still gets its room.
  const content = useRef<HTMLElement | null>(null)
  const onEnter = (node: HTMLElement) => {
    content.current = node
    if (place) setRoom(roomNeeded(node, place))
  }
  useLayoutEffect(() => {
    const node = content.current
    if (props.open === true && place && node?.isConnected) setRoom(roomNeeded(node, place))
    // Only a new message while open calls for a new measure; the opening is measured by onEnter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.message])
  if (!useOpenedOnce(props.open === true) || (gone && props.open !== true)) return null
  const lines = place ? place.lines + Math.round(room / NARROW_LINE_PX) : 1
  return (
    <Suspense fallback={null}>
      {/* In the body, so that it sits above the sticky header whatever stacking context it is declared in. */}
      <Portal>
        <Snackbar
          {...props}
          {...(place && {
            anchorOrigin: { vertical: 'top', horizontal: 'left' },
            slotProps: { ...props.slotProps, transition: { onEnter } },
            sx: {
              top: `${place.top}px !important`,
              left: `${place.left}px !important`,
              right: 'auto',
              width: place.width,
              ...(place.narrow && { height: place.height! + room, ...narrowSx(lines) }),
            },
          })}
        />
      </Portal>
    </Suspense>
  )
}

/** Longer than MUI's exit transition of a snackbar (195 ms): after it, a closed snackbar is unmounted. */
const EXIT_BOUND_MS = 1000

/** The height a one-line snackbar takes (MUI's SnackbarContent with an action, or a filled Alert). */
const SNACKBAR_PX = 48
/** Below this width the title place gets the narrow snackbar (smaller type, several lines, no icon). */
const MIN_SLOT_PX = 320
/** The narrow snackbar's line height (0.75rem type, line height 1.25) and its padding above and below. */
const NARROW_LINE_PX = 15
const NARROW_PAD_PX = 3
/** The room the narrow snackbar leaves above and below it in the header. */
const NARROW_GAP_PX = 3

/**
 * narrowSx: the snackbar in a narrow title place (a phone): no icon, tight padding, type a size smaller, the
 * message on at most `lines` lines (a longer one ends in an ellipsis; assistive technology reads it whole).
 */
function narrowSx(lines: number) {
  return {
    '& .MuiSnackbarContent-root, & .MuiAlert-root': {
      minWidth: 0,
      width: '100%',
      flexWrap: 'nowrap',
      alignItems: 'center',
      px: 1,
      py: `${NARROW_PAD_PX}px`,
      fontSize: '0.75rem',
      lineHeight: `${NARROW_LINE_PX}px`,
    },
    '& .MuiAlert-icon': { display: 'none' },
    '& .MuiSnackbarContent-message, & .MuiAlert-message': {
      p: 0,
      minWidth: 0,
      overflow: 'hidden',
      display: '-webkit-box',
      WebkitBoxOrient: 'vertical',
      WebkitLineClamp: String(lines),
      overflowWrap: 'anywhere',
    },
    '& .MuiSnackbarContent-action, & .MuiAlert-action': {
      p: 0,
      pl: 0.5,
      ml: 'auto',
      mr: 0,
      flexShrink: 0,
      alignSelf: 'center',
    },
    '& .MuiButton-root': { minWidth: 0, px: 0.75, py: 0.25, fontSize: '0.75rem' },
  }
}

/** The CSS variable AppHeader reads for the room below its toolbar (0 when unset). */
const ROOM_VAR = '--snackbar-room'

/**
 * roomNeeded: how much taller than its place in the header the snackbar's content is (its message whole, on a
 * phone; the content's own height on a wide screen), in pixels; 0 when it fits.
 */
function roomNeeded(content: HTMLElement, place: Place): number {
  if (!place.narrow) return Math.max(0, Math.ceil(content.offsetHeight - SNACKBAR_PX))
  const message = content.querySelector<HTMLElement>('.MuiSnackbarContent-message, .MuiAlert-message')
  if (!message) return 0
  // Its height without the line clamp: every line of the message.
  const before = message.style.cssText
  message.style.setProperty('-webkit-line-clamp', 'unset')
  message.style.setProperty('display', 'block')
  const height = message.scrollHeight
  message.style.cssText = before
  const lines = Math.ceil((height - 1) / NARROW_LINE_PX)
  return Math.max(0, lines - place.lines) * NARROW_LINE_PX
}

interface Place {
  top: number
  left: number
  width: number
  /** The place is narrower than a one-line snackbar needs: narrowSx, on at most `lines` lines. */
  narrow: boolean
  lines: number
  /** The narrow snackbar's height (its message centred in it). */
  height?: number
}

/**
 * slotPlace: where a snackbar covers nothing the user works on: over the page title in the header (the element
 * marked `data-snackbar-slot`, which holds no control): one line vertically centred in the header, or, where the
 * title place is narrow (a phone), as many lines as the header's height holds.
 */
function slotPlace(): Place | null {
  const slot = document.querySelector('[data-snackbar-slot]')
  const bar = slot?.parentElement
  if (!slot || !bar) return null
  const s = slot.getBoundingClientRect()
  const b = bar.getBoundingClientRect()
  const narrow = s.width < MIN_SLOT_PX
  if (!narrow)
    return {
      top: Math.max(0, b.top + (b.height - SNACKBAR_PX) / 2),
      left: s.left,
      width: s.width,
      narrow,
      lines: 1,
    }
  // As tall as the header less a few pixels above and below; the message is centred in it.
  const height = b.height - 2 * NARROW_GAP_PX
  const lines = Math.max(1, Math.floor((height - 2 * NARROW_PAD_PX) / NARROW_LINE_PX))
  return { top: Math.max(0, b.top + NARROW_GAP_PX), left: s.left, width: s.width, height, narrow, lines }
}
