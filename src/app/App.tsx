import { CssBaseline, ThemeProvider } from '@mui/material'
import { useMemo, useState } from 'react'
import { ImportHost } from '../features/import/index.ts'
import { KeepWork, restoreSavedWork } from '../features/session/index.ts'
import { createEditorStore, StoreProvider, type EditorStore } from '../state/index.ts'
import { AppHeader } from './AppHeader.tsx'
import { BuilderLayout } from './BuilderLayout.tsx'
import { createAppTheme } from './theme.ts'
import { useColorMode } from './useColorMode.ts'

interface AppProps {
  store?: EditorStore
  /** Restore and autosave the work in the browser, and open share links (the real page; off in tests). */
  keepWork?: boolean
}

/** App: providers (theme, store) and the builder; the only place features meet. */
export function App({ store, keepWork = false }: AppProps) {
  const [mode, toggleMode] = useColorMode()
  const theme = useMemo(() => createAppTheme(mode), [mode])
  const [own] = useState(() => store ?? createEditorStore())
  // Before the first render, so the page opens on the saved work rather than flashing an empty policy.
  const [restored] = useState(() => (keepWork ? restoreSavedWork(own) : null))
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <StoreProvider store={own}>
        <AppHeader
          mode={mode}
          onToggleMode={toggleMode}
          notices={<KeepWork store={own} persist={keepWork} restored={restored} />}
        />
        <BuilderLayout />
        <ImportHost />
      </StoreProvider>
    </ThemeProvider>
  )
}
