// The tool tabs under the preview (Problems, Test a request, Effective policy, Analyze a log…). Each feature
// adds one entry here; the app lays them out. Panels are lazy so the first screen ships without them.
import type { ComponentType, LazyExoticComponent } from 'react'
import { ProblemsBadge, ProblemsPanel } from '../features/problems/index.ts'
import { SimulatorBadge, SimulatorPanel } from '../features/simulator/index.ts'
import { EffectivePanel } from '../features/effective/index.ts'
import { AnalyzerPanel } from '../features/analyzer/index.ts'
import { ComparePanel } from '../features/compare/index.ts'
import { t } from '../i18n/index.ts'

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
export const TOOLS: ToolDef[] = [
  { id: 'problems', label: t.verify.tools.problems, Badge: ProblemsBadge, Panel: ProblemsPanel },
  { id: 'simulator', label: t.verify.tools.simulator, Badge: SimulatorBadge, Panel: SimulatorPanel },
  { id: 'effective', label: t.verify.tools.effective, Panel: EffectivePanel },
  { id: 'analyzer', label: t.analyzer.tab, Panel: AnalyzerPanel },
  { id: 'compare', label: t.compare.tab, Panel: ComparePanel },
]
