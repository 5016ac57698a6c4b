// Page objects for bringing a policy in and keeping work: the Import dialog, dropping files on the page, the
// editable YAML editor, the header's Share / Undo / Redo / New policy, and the share link dialog.
import { expect, type JSHandle, type Locator, type Page } from '@playwright/test'
import { chooseItem } from './MenuChoice'

/** FileSpec: a file to drop or choose: a name, a MIME type and its bytes (or text). */
export interface FileSpec {
  name: string
  mimeType?: string
  text?: string
  /** Instead of text: this many bytes (zero-filled unless `fill` is given), made in the page. */
  bytes?: number
  fill?: number[]
}

/** headerAction clicks a header action by name, through "More actions" on narrow screens. */
export async function headerAction(page: Page, name: 'Import' | 'Share' | 'New policy'): Promise<void> {
  const more = page.getByRole('button', { name: 'More actions' })
  if (await more.isVisible()) {
    await more.click()
    await chooseItem(page.getByRole('menuitem', { name }))
  } else await page.getByRole('banner').getByRole('button', { name, exact: true }).click()
}

/** dropFile drops a file on the page (anywhere: the main area). */
export async function dropFile(page: Page, file: FileSpec, target = 'main'): Promise<void> {
  await dropTransfer(page, await fileTransfer(page, file), target)
}

/** fileTransfer makes, in the page, what dragging `file` carries (the test's own work, apart from the drop). */
export function fileTransfer(page: Page, file: FileSpec): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((f) => {
    const dt = new DataTransfer()
    let body: BlobPart
    if (f.text !== undefined) body = f.text
    else {
      const bytes = new Uint8Array(f.bytes ?? 0)
      if (f.fill) for (let i = 0; i < bytes.length; i++) bytes[i] = f.fill[i % f.fill.length]!
      body = bytes
    }
    dt.items.add(new File([body], f.name, { type: f.mimeType ?? 'application/octet-stream' }))
    return dt
  }, file)
}

/** dropTransfer drops what fileTransfer made on `target`. */
export async function dropTransfer(
  page: Page,
  dataTransfer: JSHandle<DataTransfer>,
  target = 'main',
): Promise<void> {
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent(target, type, { dataTransfer })
}

/** putOnClipboard puts `text` (or a repeated text, made in the page) on the clipboard. */
export async function putOnClipboard(
  page: Page,
  text: string | { repeat: string; times: number },
): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate(
    (t) => navigator.clipboard.writeText(typeof t === 'string' ? t : t.repeat.repeat(t.times)),
    text,
  )
}

/** pressPaste focuses `into` and pastes with the keyboard (Ctrl/Cmd+V). */
export async function pressPaste(page: Page, into: Locator): Promise<void> {
  await into.focus()
  await page.keyboard.press('ControlOrMeta+v')
}

/** pasteText puts `text` on the clipboard and pastes it into `into` with the keyboard, as a user does. */
export async function pasteText(
  page: Page,
  into: Locator,
  text: string | { repeat: string; times: number },
): Promise<void> {
  await putOnClipboard(page, text)
  await pressPaste(page, into)
}

/** ImportDialog: the "Import a policy" dialog. */
export class ImportDialog {
  readonly page: Page
  readonly root: Locator

  constructor(page: Page) {
    this.page = page
    this.root = page.getByRole('dialog', { name: 'Import a policy' })
  }

  /** open opens the dialog from the header. */
  static async open(page: Page): Promise<ImportDialog> {
    await headerAction(page, 'Import')
    const d = new ImportDialog(page)
    await expect(d.root).toBeVisible()
    return d
  }

  textBox(): Locator {
    return this.root.getByRole('textbox', { name: 'Policy, Secret or ModuleConfig text' })
  }

  async paste(text: string): Promise<void> {
    await pasteText(this.page, this.textBox(), text)
  }

  /** chooseFile picks a file through "Choose file…". */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.root.getByRole('button', { name: 'Choose file…' }).click(),
    ])
    await chooser.setFiles(file)
  }

  /** summary: what comes in (rules, problems, what it replaces), once read. */
  summary(): Locator {
    return this.root.getByRole('status', { name: 'What comes in' })
  }

  importButton(): Locator {
    return this.root.getByRole('button', { name: /^(Import|Replace policy)$/ })
  }

  /** confirm imports and waits for the dialog to close. */
  async confirm(): Promise<void> {
    await this.importButton().click()
    await expect(this.root).toBeHidden()
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click()
    await expect(this.root).toBeHidden()
  }
}

/** YamlEditor: the editable Policy YAML in the Policy tab (Monaco). */
export class YamlEditor {
  readonly page: Page
  readonly root: Locator

  /** The name of the region the editor is in ("Preview"; another language's name in e2e/russian.spec.ts). */
  readonly region: string

  constructor(page: Page, region = 'Preview') {
    this.page = page
    this.region = region
    this.root = page.getByRole('region', { name: region }).locator('.monaco-editor')
  }

  /**
   * ready starts using the Policy text, as a user does (it takes the focus: the Policy tab shows the text
   * highlighted and loads Monaco on the first focus, click or key in it), and waits until Monaco has taken over.
   */
  async ready(): Promise<void> {
    const lines = this.root.locator('.view-lines')
    const text = this.page.getByRole('region', { name: this.region }).getByTestId('plain-code')
    await expect(text.or(lines).first()).toBeVisible()
    await text.evaluateAll((els) => els.forEach((el) => (el as HTMLElement).focus()))
    await expect(lines).toBeVisible({ timeout: 20_000 })
  }

  /** lines: the rendered lines (what is on screen), joined by newlines. */
  async visibleText(): Promise<string> {
    return (await this.root.locator('.view-line').allInnerTexts())
      .map((l) => l.replace(/\u00a0/g, ' '))
      .join('\n')
  }

  /** fullText copies the whole text out of the editor (select all, copy), as a user would. */
  async fullText(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.page.evaluate(() => navigator.clipboard.writeText(''))
    await this.textArea().focus()
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.press('ControlOrMeta+c')
    // The system clipboard may carry CRLF line ends; the editor's text has LF.
    return (await this.page.evaluate(() => navigator.clipboard.readText())).replace(/\r\n/g, '\n')
  }

  /** focus puts the keyboard focus in the editor (the cursor stays where it was). */
  async focus(): Promise<void> {
    await this.textArea().focus()
  }

  /** replaceAll selects everything and pastes `text` over it (a paste lands verbatim; typing would auto-indent). */
  async replaceAll(text: string): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('ControlOrMeta+a')
    await pasteText(this.page, this.textArea(), text)
  }

  /** textArea: Monaco's input element (focusing it keeps the cursor where it is). */
  textArea(): Locator {
    return this.root.locator('textarea')
  }

  /** goToEndOfLine puts the cursor at the end of a 1-based line with Monaco's own keys. */
  async goToEndOfLine(line: number): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('ControlOrMeta+Home')
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown')
    await this.page.keyboard.press('End')
  }

  /** notice: the message above the editor when the text does not read (or was replaced). */
  notice(): Locator {
    return this.page
      .getByRole('region', { name: 'Preview' })
      .getByRole('status')
      .filter({ hasText: /forms|text/ })
  }
}

/** undoButton / redoButton: the header's history buttons. */
export const undoButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true })
export const redoButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: 'Redo', exact: true })

/** makeShareLink opens the Share dialog and returns the link it shows. */
export async function makeShareLink(page: Page): Promise<string> {
  await headerAction(page, 'Share')
  const dialog = page.getByRole('dialog', { name: 'Share this policy' })
  const link = dialog.getByRole('textbox', { name: 'Share link' })
  await expect(link).toHaveValue(/#share=v2\./)
  const value = await link.inputValue()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  return value
}
