import { t } from '../../i18n/index.ts'
import type { PresetId } from '../../policy/presets.ts'

type Described = { title: string; description: string }

/** presetWords: a preset's title and explanation in the active language. */
export function presetWords(id: PresetId): Described {
  // A preset without words is a type error here.
  const items: Record<PresetId, Described> = { ...t.presets.items, ...t.presetTexts.items }
  return items[id]
}
