// A colour per level, so the match order reads at a glance (theme palette keys).
export const LEVEL_COLOR: Record<string, 'default' | 'info' | 'warning' | 'secondary' | 'error'> = {
  None: 'default',
  Metadata: 'info',
  Request: 'warning',
  RequestResponse: 'secondary',
}

/** levelColor: the chip colour of a level (error for an unknown one). */
export function levelColor(level: string) {
  return LEVEL_COLOR[level] ?? 'error'
}
