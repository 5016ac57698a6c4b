import { Box, useTheme } from '@mui/material'
import {
  memo,
  useState,
  type FocusEventHandler,
  type KeyboardEventHandler,
  type PointerEventHandler,
  type CSSProperties,
  type Ref,
  type UIEvent,
} from 'react'
import { highlightLine, type YamlTokenKind } from './highlightYaml.ts'

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

/**
 * The text is shown in blocks of this many lines. Blocks in or near the view are highlighted (a span per line
 * and per token); the others are one plain text node each, so a 12,000-line policy (2,000 rules) costs a few
 * hundred nodes, not 60,000, and an edit re-renders only the blocks whose text changed. All the text stays in
 * the page (select all, copy, find in page). Each block is an inline-block (blockBox): its lines are laid out
 * apart from the others', so an edit lays out the block it changed, not the whole text (measured: 40–200 ms for
 * a one-line change in 14,000 lines as one run of text, 1–13 ms as blocks). Between blocks stays the newline,
 * outside them: the text, its copy and its textContent are the same.
 */
const BLOCK_LINES = 100
/** Lines assumed in view before the first scroll (the box is never taller). */
const VIEW_LINES = 60

type Colors = (typeof COLORS)['light']

/**
 * A block's box: laid out on its own, one line of the text around it, its top on that line's top. Out of view
 * the browser skips its layout (content-visibility), sized meanwhile by its lines (exact: one line height each)
 * and its longest line in characters (exact for a monospace font): the first layout of a 2,000-rule text took
 * 450–900 ms with every block laid out, under 30 ms so. Skipped text is still selected, copied and found.
 */
function blockBox(text: string): CSSProperties {
  let lines = 1
  let longest = 0
  let from = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
    longest = Math.max(longest, i - from)
    from = i + 1
    lines++
  }
  longest = Math.max(longest, text.length - from)
  return {
    display: 'inline-block',
    verticalAlign: 'top',
    contentVisibility: 'auto',
    containIntrinsicSize: `auto ${longest}ch auto ${lines * LINE_HEIGHT}px`,
  }
}

/** Block: lines of the text, highlighted or as plain text (after the \n that separates it from the last). */
const Block = memo(function Block({
  text,
  first,
  highlighted,
  colors,
}: {
  text: string
  first: boolean
  highlighted: boolean
  colors: Colors
}) {
  return (
    <>
      {!first && '\n'}
      <span style={blockBox(text)}>
        {highlighted
          ? text.split('\n').map((line, i) => (
              <span key={i}>
                {i > 0 && '\n'}
                {highlightLine(line).map((tok, j) =>
                  tok.kind === 'plain' ? (
                    tok.text
                  ) : (
                    <span key={j} style={{ color: colors[tok.kind] }}>
                      {tok.text}
                    </span>
                  ),
                )}
              </span>
            ))
          : text}
      </span>
    </>
  )
})

/** Numbers: the line numbers of a block, laid out apart as the block is (blockBox). */
const Numbers = memo(function Numbers({ text, first }: { text: string; first: boolean }) {
  return (
    <>
      {!first && '\n'}
      <span style={blockBox(text)}>{text}</span>
    </>
  )
})

/** blocksOf splits a text into blocks of BLOCK_LINES lines, and their lines' numbers likewise ("1\n2\n…"). */
function blocksOf(value: string): { blocks: string[]; numbers: string[] } {
  const lines = value.split('\n')
  const blocks: string[] = []
  const numbers: string[] = []
  for (let i = 0; i < lines.length; i += BLOCK_LINES) {
    const block = lines.slice(i, i + BLOCK_LINES)
    blocks.push(block.join('\n'))
    numbers.push(Array.from(block, (_, j) => i + j + 1).join('\n'))
  }
  return { blocks, numbers }
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
  const { blocks, numbers } = blocksOf(value)
  // The blocks in view, and one on each side (scrolling does not show uncoloured text).
  const [view, setView] = useState({ from: 0, to: Math.ceil(VIEW_LINES / BLOCK_LINES) })
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const { scrollTop, clientHeight } = e.currentTarget
    const from = Math.max(0, Math.floor(scrollTop / LINE_HEIGHT / BLOCK_LINES) - 1)
    const to = Math.floor((scrollTop + clientHeight) / LINE_HEIGHT / BLOCK_LINES) + 1
    if (from !== view.from || to !== view.to) setView({ from, to })
  }
  return (
    <Box
      ref={ref}
      onScroll={onScroll}
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
        <Box sx={{ width: NUMBERS_WIDTH, textAlign: 'right', whiteSpace: 'pre' }}>
          {numbers.map((text, i) => (
            <Numbers key={i} text={text} first={i === 0} />
          ))}
        </Box>
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
        {blocks.map((text, i) => (
          <Block
            key={i}
            text={text}
            first={i === 0}
            highlighted={i >= view.from && i <= view.to}
            colors={colors}
          />
        ))}
      </Box>
    </Box>
  )
})
