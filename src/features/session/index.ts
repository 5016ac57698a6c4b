// Keeping work: autosave and restore, the other-tab guard, share links (making and opening), undo/redo
// buttons and keys, and "New policy".
export { KeepWork } from './KeepWork.tsx'
export { HistoryButtons } from './HistoryButtons.tsx'
export { restoreSavedWork } from './restore.ts'
export { useKeepWorkActions } from './useKeepWorkActions.ts'
