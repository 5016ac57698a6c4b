// Shared Playwright fixtures: every journey fails if any of its pages talks to anything but localhost, breaks
// the Content-Security-Policy, or logs an error. "Any of its pages": every tab and popup of the test's browser
// context, and every page of any other browser context the journey opens (use `newWatchedContext`).
import AxeBuilder from '@axe-core/playwright'
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from '@playwright/test'

/**
 * Watch: what the journey's pages did that they must not. Every entry starts with the page it came from,
 * e.g. `[page 2 http://localhost:4173/] …` (the second tab of the test's context) or
 * `[context 2 page 1 http://localhost:4173/] …` (a page of the second browser context the journey opened).
 */
export interface Watch {
  /** URLs requested outside localhost (must stay empty). */
  external: string[]
  /** securitypolicyviolation events seen by the pages. */
  cspViolations: string[]
  /** console errors (of pages and their workers) and uncaught page errors. */
  errors: string[]
  /** ready resolves once `context` is watched, including its CSP listener for pages opened from then on. */
  ready(context: BrowserContext): Promise<void>
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]']
const LOCAL_PROTOCOLS = ['data:', 'blob:', 'about:']

/** Watcher: the Watch of one test, over every browser context it is given. */
class Watcher implements Watch {
  readonly external: string[] = []
  readonly cspViolations: string[] = []
  readonly errors: string[] = []
  /** The watched contexts in the order first seen (context 1 is the test's), each with its pages in order. */
  private readonly contexts = new Map<
    BrowserContext,
    { pages: Map<Page, number>; installed: Promise<void> }
  >()

  /** watchContext starts watching `context` (once): its events at once, its CSP listener asynchronously. */
  watchContext(context: BrowserContext): Promise<void> {
    const known = this.contexts.get(context)
    if (known) return known.installed
    const entry = { pages: new Map<Page, number>(), installed: Promise.resolve() }
    this.contexts.set(context, entry)
    // Listeners on the context see every page of it: the ones open now, later tabs, popups and their workers.
    for (const page of context.pages()) this.name(page)
    context.on('page', (page) => this.name(page))
    context.on('request', (req) => {
      const url = new URL(req.url())
      if (!LOCAL_HOSTS.includes(url.hostname) && !LOCAL_PROTOCOLS.includes(url.protocol)) {
        this.external.push(`[${this.requestSource(req)}] ${req.url()}`)
      }
    })
    context.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`[${this.name(msg.page())}] ${msg.text()}`)
    })
    context.on('weberror', (err) => this.errors.push(`[${this.name(err.page())}] ${String(err.error())}`))
    let closed = false
    context.on('close', () => (closed = true))
    entry.installed = (async () => {
      await context.exposeBinding('__reportCsp', ({ page }, v: string) =>
        this.cspViolations.push(`[${this.name(page)}] ${v}`),
      )
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          ;(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
            `${e.violatedDirective} ${e.blockedURI}`,
          )
        })
      })
    })().catch((e: unknown) => {
      // A context the journey closed at once has no pages left to watch.
      if (!closed) this.errors.push(`[context ${this.contextNumber(context)}] the watch failed: ${String(e)}`)
    })
    return entry.installed
  }

  ready(context: BrowserContext): Promise<void> {
    return this.watchContext(context)
  }

  /** settled waits for every context's installation (to report a failed one). */
  async settled(): Promise<void> {
    await Promise.all([...this.contexts.values()].map((c) => c.installed))
  }

  private contextNumber(context: BrowserContext): number {
    return [...this.contexts.keys()].indexOf(context) + 1
  }

  /** name: "page 2 <url>", or "context 2 page 1 <url>" outside the test's own context. */
  private name(page: Page | null): string {
    if (!page) return 'no page'
    const entry = this.contexts.get(page.context())
    if (!entry) return `unwatched page ${page.url()}`
    if (!entry.pages.has(page)) entry.pages.set(page, entry.pages.size + 1)
    const n = this.contextNumber(page.context())
    return `${n === 1 ? '' : `context ${n} `}page ${entry.pages.get(page)} ${page.url()}`
  }

  private requestSource(req: Request): string {
    if (req.serviceWorker()) return `service worker ${req.serviceWorker()!.url()}`
    try {
      return this.name(req.frame().page())
    } catch {
      return 'no page'
    }
  }
}

/** NewWatchedContext opens another browser context (a "fresh browser") whose pages the watch covers. */
export type NewWatchedContext = (options?: BrowserContextOptions) => Promise<BrowserContext>

export const test = base.extend<{ watch: Watch; newWatchedContext: NewWatchedContext }>({
  // `auto`: the watch applies to every journey that imports `test` from here, whether or not it asks for it.
  watch: [
    async ({ context, browser }, use) => {
      const watcher = new Watcher()
      await watcher.watchContext(context)
      // Any other context opened while the journey runs is watched too (newWatchedContext also waits until its
      // CSP listener is in place; a bare browser.newContext() may open its first page before that).
      const onContext = (c: BrowserContext) => void watcher.watchContext(c)
      browser.on('context', onContext)
      try {
        await use(watcher)
      } finally {
        browser.off('context', onContext)
      }
      await watcher.settled()
      // Soft: a failing journey reports all three lists, not only the first that is not empty.
      expect.soft(watcher.external, 'requests that left localhost').toEqual([])
      expect.soft(watcher.cspViolations, 'Content-Security-Policy violations').toEqual([])
      expect.soft(watcher.errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
  // The project's baseURL unless `options` says otherwise; what is still open at the end is closed (before the
  // watch's checks, so errors while closing count).
  newWatchedContext: async ({ browser, baseURL, watch }, use) => {
    const opened: BrowserContext[] = []
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options })
      opened.push(context)
      await watch.ready(context)
      return context
    })
    for (const context of opened) await context.close()
  },
})

export { expect }

/** expectNoSeriousA11yViolations runs axe on the page and fails on serious or critical findings. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // axe walks the whole page: a fixed amount of CPU work, ~2 s here on a quiet machine and 40 s on a 28-rule
  // page at load 27 on 2 cores. The test's timeout is a hang guard, so the scan gets its own share of it.
  test.info().setTimeout(test.info().timeout + 120_000)
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([])
}
