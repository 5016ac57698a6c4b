// Shared Playwright fixtures: every journey fails if the page talks to anything but localhost, breaks the
// Content-Security-Policy, or logs an error.
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export interface Watch {
  /** URLs requested outside localhost (must stay empty). */
  external: string[]
  /** securitypolicyviolation events seen by the page. */
  cspViolations: string[]
  /** console errors and uncaught page errors. */
  errors: string[]
}

async function installWatch(page: Page): Promise<Watch> {
  const watch: Watch = { external: [], cspViolations: [], errors: [] }
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (
      !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) &&
      !['data:', 'blob:', 'about:'].includes(url.protocol)
    ) {
      watch.external.push(req.url())
    }
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(msg.text())
  })
  page.on('pageerror', (err) => watch.errors.push(String(err)))
  await page.exposeFunction('__reportCsp', (v: string) => watch.cspViolations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  return watch
}

// `auto`: the watch applies to every journey that imports `test` from here, whether or not it asks for it.
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch = await installWatch(page)
      await use(watch)
      expect(watch.external, 'requests that left localhost').toEqual([])
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([])
      expect(watch.errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** expectNoSeriousA11yViolations runs axe on the page and fails on serious or critical findings. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([])
}
