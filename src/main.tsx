import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { installBenchHook } from './app/benchHook.ts'
import { createEditorStore } from './state/index.ts'

const store = createEditorStore()
installBenchHook(store)

// The first render is a transition: React renders the first screen in slices of a few milliseconds and yields to
// the browser in between, instead of one long task that blocks input (Lighthouse's total blocking time).
const root = createRoot(document.getElementById('root')!)
startTransition(() => {
  root.render(
    <StrictMode>
      <App store={store} keepWork />
    </StrictMode>,
  )
})
