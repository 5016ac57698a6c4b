// Keeping keyboard focus where the user expects after rules are added, moved or deleted.

/** ruleElementId: the DOM id of a rule's card. */
export const ruleElementId = (id: string) => `rule-card-${id}`

/** How many frames focusRule waits for a card (the rule list may still be loading on the first add). */
const MAX_FRAMES = 120

/**
 * focusRule focuses, after React has rendered, the first enabled element matching one of `selectors` inside
 * rule `id`'s card (the card itself when none match), and scrolls it into view.
 */
export function focusRule(id: string, selectors: readonly string[] = [], frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const card = document.getElementById(ruleElementId(id))
    if (!card) {
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
