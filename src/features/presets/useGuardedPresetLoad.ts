import { useState } from 'react'
import type { Preset } from '../../policy/presets.ts'
import { useHasUnsavedPolicy } from '../../state/index.ts'
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
 * useGuardedPresetLoad: loading a preset over any unsaved change to the policy (its rules or its policy-level
 * settings alike) waits for the user's answer; the target and the DKP settings stay as they are, so changes to
 * them do not ask. `onLoaded` runs after each load.
 */
export function useGuardedPresetLoad(onLoaded?: (preset: Preset) => void): GuardedPresetLoad {
  const [pending, setPending] = useState<Preset | null>(null)
  const dirty = useHasUnsavedPolicy()
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
