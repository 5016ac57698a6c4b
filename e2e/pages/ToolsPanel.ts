// Page objects for the tool tabs under the preview: Problems, Test a request, Effective policy.
import { expect, type Locator, type Page } from '@playwright/test'

export type ToolTab = 'Problems' | 'Test a request' | 'Effective policy'

/** ToolsPanel: the "Tools" region and its tabs. */
export class ToolsPanel {
  readonly page: Page
  readonly root: Locator

  constructor(page: Page) {
    this.page = page
    this.root = page.getByRole('region', { name: 'Tools' })
  }

  tab(name: ToolTab): Locator {
    return this.root.getByRole('tab', { name: new RegExp(`^${name}`) })
  }

  async open(name: ToolTab): Promise<Locator> {
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
    return this.panel()
  }

  panel(): Locator {
    return this.root.getByRole('tabpanel')
  }

  /** openNotes opens the Problems tab and shows its notes ("Show N notes"); returns the panel. */
  async openNotes(): Promise<Locator> {
    const panel = await this.open('Problems')
    await panel.getByRole('button', { name: /^Show \d+ notes?$/ }).click()
    return panel
  }
}

/** Simulator: the "Test a request" panel. */
export class Simulator {
  readonly page: Page
  readonly root: Locator

  constructor(page: Page, root: Locator) {
    this.page = page
    this.root = root
  }

  static async open(page: Page): Promise<Simulator> {
    return new Simulator(page, await new ToolsPanel(page).open('Test a request'))
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  level(): Locator {
    return this.root.getByTestId('simulated-level')
  }

  verdict(): Locator {
    return this.root.getByTestId('simulation-verdict')
  }

  async quickPick(name: string): Promise<void> {
    await this.root.getByRole('button', { name, exact: true }).click()
  }

  async paste(text: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Paste an audit event or a method and URL' }).fill(text)
    await this.root.getByRole('button', { name: 'Fill the form' }).click()
  }

  savedRows(): Locator {
    return this.root.getByTestId('saved-request')
  }

  async save(name: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Name (optional)' }).fill(name)
    await this.root.getByRole('button', { name: /^Save with expected level/ }).click()
  }
}
