// The tool tabs under the preview (Problems, Test a request, Effective policy, Analyze a log…). Each feature
// adds one entry here; the app lays them out. Panels are lazy so the first screen ships without them.
import type { ComponentType, LazyExoticComponent } from 'react'

export interface ToolDef {
  /** Stable id, used in element ids and the remembered tab. */
  id: string
  /** The tab's accessible name (and visible label): take it from i18n. */
  label: string
  /** A small live count or mark next to the label (e.g. the number of problems); rendered inside the tab. */
  Badge?: ComponentType
  /** The panel's content. */
  Panel: LazyExoticComponent<ComponentType> | ComponentType
}

/** TOOLS in tab order. */
export const TOOLS: ToolDef[] = []
