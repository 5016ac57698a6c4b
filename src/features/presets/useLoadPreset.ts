import { useCallback } from 'react'
import type { Preset } from '../../policy/presets.ts'
import { loadPreset, useDispatch, useDocumentActions } from '../../state/index.ts'

/** useLoadPreset: loads a preset as one undoable step; the loaded policy counts as nothing to lose. */
export function useLoadPreset(): (preset: Preset) => void {
  const dispatch = useDispatch()
  const { markPristine } = useDocumentActions()
  return useCallback(
    (preset: Preset) => {
      dispatch(loadPreset, preset)
      markPristine()
    },
    [dispatch, markPristine],
  )
}
