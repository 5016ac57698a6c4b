import { Button } from '@mui/material'
import { presetById, type PresetId } from '../../policy/presets.ts'
import { t } from '../../i18n/index.ts'
import { useLoadPreset } from './useLoadPreset.ts'

const QUICK: PresetId[] = ['minimal', 'baseline', 'dkpComplement']

/** PresetQuickStart: a few presets as buttons, for the empty state (nothing to lose there, so no question). */
export function PresetQuickStart() {
  const load = useLoadPreset()
  return (
    <>
      {QUICK.map((id) => (
        <Button key={id} variant="outlined" size="small" onClick={() => load(presetById(id)!)}>
          {t.presets.items[id].title}
        </Button>
      ))}
    </>
  )
}
