import { Box, useTheme } from '@mui/material'
import {
  memo,
  type FocusEventHandler,
  type KeyboardEventHandler,
  type PointerEventHandler,
  type Ref,
} from 'react'
import { highlightYaml, type YamlTokenKind } from './highlightYaml.ts'

// The same look as Monaco's (themes abp-light / abp-dark of monaco/setup.ts, over Monaco's vs and vs-dark), so
// that nothing moves or changes colour when the editor takes over: Monaco's default font for the platform, 13 px
// on 18 px lines (Monaco's 1.35 line-height ratio; 20 px on macOS, 1.5), line numbers right-aligned in a 23 px
// column and the text starting 49 px from the left edge (measured on Monaco 0.52 with lineNumbersMinChars 3 and
// folding on).
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const isWindows = typeof navigator !== 'undefined' && /Win/.test(navigator.platform)
const MONACO_FONT = isMac
  ? 'Menlo, Monaco, "Courier New", monospace'
  : isWindows
    ? 'Consolas, "Courier New", monospace'
    : '"Droid Sans Mono", "monospace", monospace'
const LINE_HEIGHT = isMac ? 20 : 18
const NUMBERS_WIDTH = 23
const TEXT_LEFT = 49

const COLORS: Record<'light' | 'dark', Record<YamlTokenKind | 'background' | 'lineNumber', string>> = {
  light: {
    background: '#fffffe',
    lineNumber: '#237893',
    plain: '#000000',
    operator: '#000000',
    comment: '#2f6f2f',
    type: '#008080',
    string: '#0451a5',
    number: '#098658',
    keyword: '#0000ff',
  },
  dark: {
    background: '#1e1e1e',
    lineNumber: '#858585',
    plain: '#d4d4d4',
    operator: '#d4d4d4',
    comment: '#8fbf7f',
    type: '#3dc9b0',
    string: '#ce9178',
    number: '#b5cea8',
    keyword: '#569cd6',
  },
}

interface HighlightedCodeProps {
  value: string
  /** Accessible name of the code. */
  label: string
  ref?: Ref<HTMLDivElement>
  onPointerDown?: PointerEventHandler<HTMLDivElement>
  onFocus?: FocusEventHandler<HTMLDivElement>
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>
}

/**
 * HighlightedCode shows YAML as Monaco shows it (colours, line numbers, font, line height), as plain page text:
 * selectable, copyable and focusable, at no cost to the first screen. It fills its positioned parent.
 */
export const HighlightedCode = memo(function HighlightedCode({
  value,
  label,
  ref,
  onPointerDown,
  onFocus,
  onKeyDown,
}: HighlightedCodeProps) {
  const theme = useTheme()
  const colors = COLORS[theme.palette.mode]
  const lines = highlightYaml(value)
  return (
    <Box
      ref={ref}
      onPointerDown={onPointerDown}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      sx={{
        position: 'absolute',
        inset: 0,
        zIndex: 1,
        overflow: 'auto',
        display: 'flex',
        alignItems: 'flex-start',
        bgcolor: colors.background,
        color: colors.plain,
        fontFamily: MONACO_FONT,
        fontSize: 13,
        lineHeight: `${LINE_HEIGHT}px`,
        fontFeatureSettings: '"liga" 0, "calt" 0',
        cursor: 'text',
        // The text takes the focus; the whole view shows it.
        '&:has(pre:focus-visible)': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
      }}
    >
      <Box
        aria-hidden
        sx={{
          position: 'sticky',
          left: 0,
          flex: 'none',
          width: TEXT_LEFT,
          bgcolor: colors.background,
          color: colors.lineNumber,
          userSelect: 'none',
        }}
      >
        {lines.map((_, i) => (
          <Box key={i} sx={{ width: NUMBERS_WIDTH, textAlign: 'right' }}>
            {i + 1}
          </Box>
        ))}
      </Box>
      <Box
        component="pre"
        tabIndex={0}
        role="textbox"
        aria-multiline="true"
        aria-readonly="true"
        aria-label={label}
        data-testid="plain-code"
        sx={{
          m: 0,
          font: 'inherit',
          whiteSpace: 'pre',
          pr: 2,
          flex: 1,
          '&:focus-visible': { outline: 'none' },
        }}
      >
        {lines.map((tokens, i) => (
          <span key={i}>
            {i > 0 && '\n'}
            {tokens.map((tok, j) =>
              tok.kind === 'plain' ? (
                tok.text
              ) : (
                <span key={j} style={{ color: colors[tok.kind] }}>
                  {tok.text}
                </span>
              ),
            )}
          </span>
        ))}
      </Box>
    </Box>
  )
})
