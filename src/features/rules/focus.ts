// Keeping keyboard focus where the user expects after rules are added, moved or deleted.

/** ruleElementId: the DOM id of a rule's card. */
export const ruleElementId = (id: string) => `rule-card-${id}`

/** How many frames focusRule waits for a card (the rule list may still be loading on the first add). */
const MAX_FRAMES = 120

/**
 * A long rule list renders only the cards near the view (VirtualRuleRows.tsx); it registers here how to bring
 * a card that is not rendered into view (and so into the page). A short list renders every card and registers
 * nothing.
 */
let ruleScroller: ((id: string) => void) | null = null

/** registerRuleScroller makes `scroll` the way to bring rule `id`'s card into the page; returns the unregister. */
export function registerRuleScroller(scroll: (id: string) => void): () => void {
  ruleScroller = scroll
  return () => {
    if (ruleScroller === scroll) ruleScroller = null
  }
}

/** showRule brings rule `id`'s card into the page when the list has left it out (a no-op when it is there). */
export function showRule(id: string): void {
  if (!document.getElementById(ruleElementId(id))) ruleScroller?.(id)
}

/**
 * focusRule focuses, after React has rendered, the first enabled element matching one of `selectors` inside
 * rule `id`'s card (the card itself when none match), and scrolls it into view.
 */
export function focusRule(id: string, selectors: readonly string[] = [], frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const card = document.getElementById(ruleElementId(id))
    if (!card) {
      // A long list renders the card once it is scrolled to (asked again now and then while it is not there).
      if (frames % 10 === 0) showRule(id)
      if (frames > 1) focusRule(id, selectors, frames - 1)
      return
    }
    let target: HTMLElement = card
    for (const sel of selectors) {
      const el = card.querySelector<HTMLElement>(sel)
      if (el && !el.hasAttribute('disabled')) {
        target = el
        break
      }
    }
    target.focus({ preventScroll: true })
    target.scrollIntoView?.({ block: 'nearest' }) // absent in jsdom
  })
}

/** focusElement focuses an element by id after rendering. */
export function focusElement(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus())
}
