import { useState } from 'react'
import type { Preset } from '../../policy/presets.ts'
import { useIsDirty } from '../../state/index.ts'
import { useLoadPreset } from './useLoadPreset.ts'

export interface GuardedPresetLoad {
  /** The preset waiting for the user's answer, or null. */
  pending: Preset | null
  /** choose loads the preset at once when nothing would be lost, otherwise asks first. */
  choose: (preset: Preset) => void
  confirm: () => void
  cancel: () => void
}

/**
 * useGuardedPresetLoad: loading a preset over any unsaved change (rules or policy settings alike) waits for the
 * user's answer; `onLoaded` runs after each load.
 */
export function useGuardedPresetLoad(onLoaded?: (preset: Preset) => void): GuardedPresetLoad {
  const [pending, setPending] = useState<Preset | null>(null)
  const dirty = useIsDirty()
  const load = useLoadPreset()
  const finish = (preset: Preset) => {
    load(preset)
    onLoaded?.(preset)
  }
  return {
    pending,
    choose: (preset) => (dirty ? setPending(preset) : finish(preset)),
    confirm: () => {
      if (pending) finish(pending)
      setPending(null)
    },
    cancel: () => setPending(null),
  }
}
