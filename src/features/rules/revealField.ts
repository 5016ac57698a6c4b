// Answering "show me this place in the form" (state/reveal.ts, where='form') for a finding's `at` path: expand
// the rule, then focus the field the path names and scroll it into view. Fields are found by their visible
// label, as a user finds them.
import { t } from '../../i18n/index.ts'
import { ruleElementId, showRule } from './focus.ts'

const FIELD_LABELS: Record<string, string> = {
  users: t.fields.users,
  userGroups: t.fields.userGroups,
  verbs: t.fields.verbs,
  namespaces: t.fields.namespaces,
  nonResourceURLs: t.fields.nonResourceURLs,
  omitStages: t.fields.omitStages,
  omitManagedFields: t.fields.omitManagedFields,
  note: t.fields.note,
}
const GROUP_LABELS: Record<string, string> = {
  group: t.fields.apiGroup,
  resources: t.fields.resources,
  resourceNames: t.fields.resourceNames,
}

const focusable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement &&
  el.getAttribute('aria-hidden') !== 'true' &&
  !(el instanceof HTMLInputElement && el.type === 'hidden') &&
  el.tabIndex >= 0

/** byLabel: the control labelled `text` inside `root` (a <label for>, a wrapping label, or aria-labelledby). */
function byLabel(root: ParentNode, text: string): HTMLElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() !== text) continue
    const target = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input')
    if (focusable(target)) return target
    if (label.id) {
      const other = root.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`)
      if (focusable(other)) return other
    }
  }
  return null
}

/** ruleFieldElement: the element inside a rule card for the rest of a path after `rules[i]`. */
export function ruleFieldElement(card: HTMLElement, rest: string): HTMLElement | null {
  if (rest === '') return card
  if (rest === '.level') return card.querySelector<HTMLElement>('[data-field="level"]')
  const field = /^\.(\w+)(?:\[\d+\])?$/.exec(rest)
  if (field && FIELD_LABELS[field[1]!]) return byLabel(card, FIELD_LABELS[field[1]!]!)
  const group = /^\.resources(?:\[(\d+)\](?:\.(\w+)(?:\[\d+\])?)?)?$/.exec(rest)
  if (!group) return null
  const name = t.fields.resourceGroupName(Number(group[1] ?? 0) + 1)
  const box = [...card.querySelectorAll<HTMLElement>('[role="group"]')].find(
    (g) => g.getAttribute('aria-label') === name,
  )
  if (!box)
    return (
      [...card.querySelectorAll('button')].find((b) => b.textContent === t.fields.addResourceGroup) ?? null
    )
  return byLabel(box, GROUP_LABELS[group[2] ?? 'group']!)
}

/** showElement focuses an element (the nearest focusable one) and scrolls it to the middle of the view. */
function showElement(el: HTMLElement): void {
  el.scrollIntoView({ block: 'center' })
  el.focus({ preventScroll: true })
}

/**
 * whenRendered calls `find` on the next frames until it returns an element (a rule that was just expanded
 * renders its editor after the request; a long list renders a card once scrolled to), then shows it; gives up
 * after a few frames. `onMiss` runs when an attempt finds nothing.
 */
function whenRendered(
  find: () => HTMLElement | null,
  fallback: () => HTMLElement | null,
  frames = 10,
  onMiss?: () => void,
): void {
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      const el = find()
      if (el) showElement(el)
      else if (left > 0) {
        onMiss?.()
        attempt(left - 1)
      } else {
        const f = fallback()
        if (f) showElement(f)
      }
    })
  attempt(frames)
}

/** revealRuleField shows the field of rule `id` named by `rest` (the path after `rules[i]`; '' is the card). */
export function revealRuleField(id: string, rest: string): void {
  const card = () => document.getElementById(ruleElementId(id))
  showRule(id)
  // A long list may take a few frames to scroll the card in and measure it: more tries than for a short one.
  whenRendered(
    () => {
      const c = card()
      return c && ruleFieldElement(c, rest)
    },
    card,
    30,
    () => showRule(id),
  )
}

/** revealPolicyField shows a policy-level place: `omitStages`, `omitManagedFields` or the rule list (`rules`). */
export function revealPolicyField(at: string): void {
  const settings = () => document.getElementById('policy-settings-heading')?.closest('section') ?? null
  const rules = () => document.getElementById('rules-heading')?.closest('section') ?? null
  const label = at.startsWith('omitStages')
    ? t.policySettings.omitStages
    : at === 'omitManagedFields'
      ? t.policySettings.omitManagedFields
      : null
  if (label === null) {
    // The rule list as a whole: its first rule, or "Add rule" when there is none.
    const section = rules()
    const first = section?.querySelector<HTMLElement>('[data-rule-id]') ?? section?.querySelector('button')
    if (first) showElement(first)
    return
  }
  whenRendered(() => {
    const s = settings()
    return s && byLabel(s, label)
  }, settings)
}
