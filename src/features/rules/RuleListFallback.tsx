import { Skeleton, Stack } from '@mui/material'

/** RuleListFallback: placeholders while the rule list's code arrives (a moment, once). */
export function RuleListFallback({ count }: { count: number }) {
  return (
    <Stack spacing={1} aria-busy="true">
      {Array.from({ length: Math.min(count, 6) }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={72} />
      ))}
    </Stack>
  )
}
