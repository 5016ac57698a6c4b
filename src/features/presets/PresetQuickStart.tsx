import { Button } from '@mui/material'
import type { PresetId } from '../../policy/presets.ts'
import { presetWords } from './presetWords.ts'
import { PresetConfirmDialog } from './PresetConfirmDialog.tsx'
import { useGuardedPresetLoad } from './useGuardedPresetLoad.ts'

const QUICK: PresetId[] = ['minimal', 'baseline', 'dkpComplement']

/**
 * PresetQuickStart: a few presets as buttons, for the empty state. No rules does not mean nothing to lose (the
 * policy settings may be edited), so it asks first like the Presets menu.
 */
export function PresetQuickStart() {
  const guard = useGuardedPresetLoad()
  return (
    <>
      {QUICK.map((id) => (
        <Button
          key={id}
          variant="outlined"
          size="small"
          // The presets' data loads on the click, not with the first screen.
          onClick={() => void import('../../policy/presets.ts').then((m) => guard.choose(m.presetById(id)!))}
        >
          {presetWords(id).title}
        </Button>
      ))}
      <PresetConfirmDialog guard={guard} />
    </>
  )
}
