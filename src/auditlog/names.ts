// When a request's object name can change a policy's decision: only for resources entries that list
// resourceNames and could otherwise match the request. Everywhere else the name is left out of keys and memos.
import { resourceMatches, type GroupResources, type Policy, type RequestAttributes } from '../policy/index.ts'

/** nameEntries lists the policy's resources entries that name objects (the only ones a request name matters to). */
export function nameEntries(p: Policy): GroupResources[] {
  return p.rules
    .flatMap((r) => r.resources ?? [])
    .filter((g) => (g.resourceNames?.length ?? 0) > 0 && (g.resources?.length ?? 0) > 0)
}

/** nameMatters tells whether some entry with resourceNames could match this request, so its name may decide. */
export function nameMatters(entries: readonly GroupResources[], r: RequestAttributes): boolean {
  return (
    r.resourceRequest &&
    entries.some(
      (g) =>
        (g.group === r.apiGroup || g.group === '*') && g.resources!.some((res) => resourceMatches(res, r)),
    )
  )
}
