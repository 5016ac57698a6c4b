// "Show that tool": a feature asks the tools panel (app/ToolsPanel) to switch to a tab by its id, e.g.
// "Open in simulator" from the comparison. One listener (the panel); no request is kept for later.
type Listener = (id: string) => void

const listeners = new Set<Listener>()

/** requestTool asks the tools panel to show the tab `id`. */
export function requestTool(id: string): void {
  for (const l of [...listeners]) l(id)
}

/** subscribeTool calls `listener` on every later request; returns the unsubscribe function. */
export function subscribeTool(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
