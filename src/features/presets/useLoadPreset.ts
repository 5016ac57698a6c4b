import { useCallback } from 'react'
import { t } from '../../i18n/index.ts'
import { presetPolicy, type Preset } from '../../policy/presets.ts'
import { loadPreset, useDispatch, useDocumentActions } from '../../state/index.ts'

/**
 * useLoadPreset: loads a preset (its rule notes in the active language) as one undoable step; the loaded policy
 * counts as nothing to lose.
 */
export function useLoadPreset(): (preset: Preset) => void {
  const dispatch = useDispatch()
  const { markPristine } = useDocumentActions()
  return useCallback(
    (preset: Preset) => {
      dispatch(loadPreset, { ...preset, policy: presetPolicy(preset, t.presetTexts.notes) })
      markPristine()
    },
    [dispatch, markPristine],
  )
}
