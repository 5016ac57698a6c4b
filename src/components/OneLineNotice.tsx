import CloseIcon from '@mui/icons-material/Close'
import { Alert, Box, Button, IconButton, type AlertColor } from '@mui/material'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { t } from '../i18n/index.ts'

interface OneLineNoticeProps {
  severity: AlertColor
  /** The line always shown; cut with an ellipsis when it does not fit (its whole text stays readable by "More"). */
  headline: ReactNode
  /** Shown under the headline on demand ("More"). */
  details?: ReactNode
  role?: 'alert' | 'status'
  /** Buttons at the end of the line (after "More"). */
  action?: ReactNode
  /** On a phone the actions go under the line (a choice that must stay in view, e.g. two long buttons). */
  wrapAction?: boolean
  /**
   * On a phone (below `sm`) the headline wraps onto up to PHONE_LINES lines instead of one, so that it reads in
   * full there (one line of a phone holds only its first words); "More" still shows whatever is left.
   */
  wrapOnPhone?: boolean
  onClose?: () => void
}

/** The most lines a wrapping headline (wrapOnPhone) takes on a phone before "More". */
const PHONE_LINES = 4

/** overflowsOf: the element's text is wider or taller than the element (cut by an ellipsis, at the end of its
 * line or of its last line). */
const overflowsOf = (el: HTMLElement): boolean =>
  el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1

/**
 * useOverflows tells whether the element's text overflows it (overflowsOf). It is measured in the next frame,
 * not in the commit that changed the text: reading the size there lays out the whole page inside that commit's
 * task (on a 2,000-rule policy every lint result re-renders the problems' notice, and that layout made its task a
 * long one).
 */
function useOverflows(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false)
  // A size change: the observer reports it after layout (and once when it starts).
  useEffect(() => {
    const el = ref.current
    // Browsers have it; a DOM without it (jsdom in unit tests) measures after each render (below).
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setOverflows(overflowsOf(el)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  // A new text in the same size: measured with the next frame's layout.
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const check = () => setOverflows(overflowsOf(el))
    if (typeof requestAnimationFrame === 'undefined') return check()
    const frame = requestAnimationFrame(check)
    return () => cancelAnimationFrame(frame)
  })
  return overflows
}

/** The headline cut to one line. */
const ONE_LINE = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const

/** The headline on up to PHONE_LINES lines on a phone, on one line from `sm` up. */
const WRAP_ON_PHONE = {
  overflow: 'hidden',
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  textOverflow: 'ellipsis',
  overflowWrap: 'anywhere',
  display: { xs: '-webkit-box', sm: 'block' },
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: { xs: String(PHONE_LINES), sm: 'none' },
} as const

/**
 * OneLineNotice: a notice that takes one line, so that what sits below it (the YAML editor) stays in view: its
 * headline, cut to the line, and "More" for the whole headline and its details.
 */
export function OneLineNotice({
  severity,
  headline,
  details,
  role,
  action,
  wrapAction,
  wrapOnPhone,
  onClose,
}: OneLineNoticeProps) {
  const [open, setOpen] = useState(false)
  const line = useRef<HTMLDivElement>(null)
  const overflows = useOverflows(line)
  const detailsId = useId()
  const expandable = details !== undefined || overflows || open
  const k = t.notices
  return (
    <Alert
      severity={severity}
      role={role}
      sx={{
        py: 0,
        alignItems: open ? 'flex-start' : 'center',
        '& .MuiAlert-message': { minWidth: 0, flex: 1, py: 0.75 },
        '& .MuiAlert-icon': { py: 0.75 },
        '& .MuiAlert-action': { pt: 0, alignItems: 'center', alignSelf: 'center', gap: 0.5 },
        ...(wrapAction && {
          flexWrap: { xs: 'wrap', md: 'nowrap' },
          '& .MuiAlert-message': { minWidth: 0, flex: { xs: '1 1 60%', md: 1 }, py: 0.75 },
          '& .MuiAlert-action': {
            pt: 0,
            pb: { xs: 0.75, md: 0 },
            ml: { xs: 0, md: 'auto' },
            alignItems: 'center',
            alignSelf: 'center',
            gap: 0.5,
          },
        }),
      }}
      action={
        expandable || action || onClose ? (
          <>
            {expandable && (
              <Button
                color="inherit"
                size="small"
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => setOpen((v) => !v)}
              >
                {open ? k.less : k.more}
              </Button>
            )}
            {action}
            {/* Alert draws its own close button only without actions: with "More" beside it, it is drawn here. */}
            {onClose && (
              <IconButton size="small" color="inherit" aria-label={k.close} title={k.close} onClick={onClose}>
                <CloseIcon fontSize="small" />
              </IconButton>
            )}
          </>
        ) : undefined
      }
    >
      <Box id={detailsId}>
        <Box
          ref={line}
          data-testid="notice-headline"
          sx={open ? { wordBreak: 'break-word' } : wrapOnPhone ? WRAP_ON_PHONE : ONE_LINE}
        >
          {headline}
        </Box>
        {open && details !== undefined && <Box sx={{ mt: 0.5, wordBreak: 'break-word' }}>{details}</Box>}
      </Box>
    </Alert>
  )
}
