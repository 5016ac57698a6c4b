// The rules feature: policy settings and the rule list with its editors.
export { RulesPanel } from './RulesPanel.tsx'
export { PolicySettings } from './PolicySettings.tsx'
