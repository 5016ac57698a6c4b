// The presets feature: the Presets menu and the empty state's shortcuts.
export { PresetsMenu } from './PresetsMenu.tsx'
export { PresetQuickStart } from './PresetQuickStart.tsx'
