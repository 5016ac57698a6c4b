// Messages that show for a while and hide themselves (MUI snackbars, role="alert") cannot be asserted by looking
// at the page at some moment: on a loaded machine the moment may come after the message hid itself. Announcements
// records every message from the page's first script on, so a journey waits for the condition "this message was
// shown", whatever the timing.
import type { BrowserContext, Page } from '@playwright/test'

declare global {
  interface Window {
    __announced?: string[]
  }
}

/** recordAnnouncements makes every page of `context` opened from now on record the alerts it shows. */
export async function recordAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = []
    window.__announced = seen
    const collect = () => {
      for (const el of document.querySelectorAll('[role="alert"], [role="status"]')) {
        const text = (el.textContent ?? '').trim()
        if (text && !seen.includes(text)) seen.push(text)
      }
    }
    new MutationObserver(collect).observe(document, { childList: true, subtree: true, characterData: true })
  })
}

/** announced lists what the page's alerts have said so far (pages of a context given to recordAnnouncements). */
export function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__announced ?? [])
}
