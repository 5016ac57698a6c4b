// The React context that carries the store; only StoreProvider and hooks.ts use it.
import { createContext } from 'react'
import type { EditorStore } from './store.ts'

export const StoreContext = createContext<EditorStore | null>(null)
