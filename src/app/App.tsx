import { CssBaseline, ThemeProvider } from '@mui/material'
import { useMemo, useState } from 'react'
import { createEditorStore, StoreProvider, type EditorStore } from '../state/index.ts'
import { AppHeader } from './AppHeader.tsx'
import { BuilderLayout } from './BuilderLayout.tsx'
import { createAppTheme } from './theme.ts'
import { useColorMode } from './useColorMode.ts'

/** App: providers (theme, store) and the builder; the only place features meet. */
export function App({ store }: { store?: EditorStore }) {
  const [mode, toggleMode] = useColorMode()
  const theme = useMemo(() => createAppTheme(mode), [mode])
  const [own] = useState(() => store ?? createEditorStore())
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <StoreProvider store={own}>
        <AppHeader mode={mode} onToggleMode={toggleMode} />
        <BuilderLayout />
      </StoreProvider>
    </ThemeProvider>
  )
}
