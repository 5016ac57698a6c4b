import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { installBenchHook } from './app/benchHook.ts'
import { createEditorStore } from './state/index.ts'

const store = createEditorStore()
installBenchHook(store)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} keepWork />
  </StrictMode>,
)
