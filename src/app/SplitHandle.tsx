import { Box } from '@mui/material'
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { t } from '../i18n/index.ts'
import { SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN } from './useSplit.ts'

interface SplitHandleProps {
  /** The editor column's share of the width, in percent. */
  value: number
  onChange: (percent: number) => void
}

/** Percent moved by an arrow key (Shift: ten times as far). */
const STEP = 2

// Hand-written rather than a panel library: the page scrolls with the rules while the preview column stays
// sticky, which fixed-height panel groups do not model; this only sets the grid's column share.

/**
 * SplitHandle: the bar between the editor and the preview columns (a WAI-ARIA window splitter): drag it, or
 * focus it and use the arrow keys (Home/End for the bounds, Enter for the even split).
 */
export function SplitHandle({ value, onChange }: SplitHandleProps) {
  const bar = useRef<HTMLDivElement>(null)
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const grid = bar.current?.parentElement
    if (!grid || e.button !== 0) return
    e.preventDefault()
    bar.current!.setPointerCapture(e.pointerId)
    bar.current!.focus()
    const box = grid.getBoundingClientRect()
    const move = (ev: globalThis.PointerEvent) => onChange(((ev.clientX - box.left) / box.width) * 100)
    const up = () => {
      bar.current?.removeEventListener('pointermove', move)
      bar.current?.removeEventListener('pointerup', up)
    }
    bar.current!.addEventListener('pointermove', move)
    bar.current!.addEventListener('pointerup', up)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 10 : STEP
    const next =
      e.key === 'ArrowLeft'
        ? value - step
        : e.key === 'ArrowRight'
          ? value + step
          : e.key === 'Home'
            ? SPLIT_MIN
            : e.key === 'End'
              ? SPLIT_MAX
              : e.key === 'Enter'
                ? SPLIT_DEFAULT
                : null
    if (next === null) return
    e.preventDefault()
    onChange(next)
  }
  return (
    <Box
      ref={bar}
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t.notices.splitLabel}
      aria-valuenow={value}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuetext={t.notices.splitValue(value)}
      title={t.notices.splitHelp}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      sx={{
        display: { xs: 'none', md: 'block' },
        position: 'sticky',
        top: 80,
        alignSelf: 'start',
        height: 'calc(100vh - 96px)',
        cursor: 'col-resize',
        touchAction: 'none',
        borderRadius: 1,
        '&::after': {
          content: '""',
          display: 'block',
          mx: 'auto',
          width: 4,
          height: '100%',
          borderRadius: 2,
          bgcolor: 'divider',
        },
        '&:hover::after, &:focus-visible::after': { bgcolor: 'primary.main' },
        '&:focus-visible': (theme) => ({
          outline: `2px solid ${theme.palette.primary.main}`,
          outlineOffset: 2,
        }),
      }}
    />
  )
}
