// The app's MUI theme for light and dark: system fonts only (nothing is fetched), a visible focus ring.
import { createTheme, type Theme } from '@mui/material'
import { ruRU } from '@mui/material/locale'
import { locale } from '../i18n/locale.ts'

export type ColorMode = 'light' | 'dark'

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif'
const MONO =
  'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace'

/**
 * createAppTheme builds the theme for one colour mode, with MUI's own words (an Alert's close button,
 * Autocomplete's "No options", pagination) in the active language.
 */
export function createAppTheme(mode: ColorMode): Theme {
  const dark = mode === 'dark'
  return createTheme(
    {
      palette: {
        mode,
        primary: { main: dark ? '#7cb2ff' : '#1a5bc4' },
        info: { main: dark ? '#6cc4f5' : '#0a6aa1' },
        warning: { main: dark ? '#ffb74d' : '#a35200' },
        secondary: { main: dark ? '#d19cff' : '#7b2fb5' },
        background: dark
          ? { default: '#0f1216', paper: '#161b22' }
          : { default: '#f4f6f9', paper: '#ffffff' },
      },
      shape: { borderRadius: 8 },
      typography: { fontFamily: SANS, button: { textTransform: 'none', fontWeight: 600 } },
      components: {
        MuiCssBaseline: {
          styleOverrides: (theme: Theme) => ({
            // Scrolling something into view keeps it clear of the sticky header.
            ':root': { '--abp-mono': MONO, scrollPaddingTop: 80 },
            'code, pre, kbd': { fontFamily: MONO },
            // Every control shows where the keyboard is.
            // (body raises the specificity above ButtonBase's own `outline: 0`.)
            'body *:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
            // Text fields show focus with their border instead.
            'body .MuiInputBase-input:focus-visible, body .MuiSelect-select:focus-visible': {
              outline: 'none',
            },
          }),
        },
        // Helper text stays readable (contrast) when its field is disabled: it explains why.
        MuiFormHelperText: {
          styleOverrides: {
            root: ({ theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }),
          },
        },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    ...(locale() === 'ru' ? [ruRU] : []),
  )
}
