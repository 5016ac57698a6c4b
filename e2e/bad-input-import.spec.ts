// Bad input to Import: each gets a clear message where the user is looking (the dialog), the page never
// freezes for more than a second (a long-task observer in the page), and the current work is untouched.
import { buildSecret, serializePolicy } from '../src/policy/index.ts'
import { aPolicy, aRule } from '../src/testing/builders.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { expectNoFreeze, resetFreezes, watchFreezes } from './pages/FreezeWatch'
import {
  dropTransfer,
  fileTransfer,
  ImportDialog,
  pressPaste,
  putOnClipboard,
  undoButton,
} from './pages/KeepWorkPages'

const SECRET_HEAD =
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\n'

/** A page with work on it (6 rules) and a clean slate of long tasks. */
async function withWork(page: import('@playwright/test').Page): Promise<BuilderPage> {
  await watchFreezes(page)
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  await expect(app.rules()).toHaveCount(6)
  await resetFreezes(page)
  return app
}

/** untouched checks that the work is still there after the dialog is cancelled. */
async function untouched(app: BuilderPage, dialog: ImportDialog): Promise<void> {
  await expect(dialog.importButton()).toBeDisabled()
  await dialog.cancel()
  await expect(app.rules()).toHaveCount(6)
  await expect(app.rule(1).summary()).toHaveText(/^None · everyone · every verb · URLs \/healthz\*/)
}

const cases: Array<{ name: string; text: () => string; message: RegExp }> = [
  {
    name: 'malformed YAML',
    text: () => 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n   users: [alice\n',
    // go-yaml's own words and place (the oracle, ../shared/oracle `kload kube`, says the same).
    message: /Line 5, column 4: .*yaml: line 4: did not find expected '-' indicator/,
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    text: () =>
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      'bcdefghi'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
        .join('\n') +
      '\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: Metadata}]\n',
    message: /document contains excessive aliasing/,
  },
  {
    name: 'a deeply nested document',
    text: () =>
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: ' + '['.repeat(60_000) + ']'.repeat(60_000),
    message: /Line 3, column \d+: .*exceeded max depth of 10000/,
  },
  {
    name: 'wrong types in every field',
    text: () =>
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: 5\nomitManagedFields: "x"\nrules:\n- level: [1]\n  users: 3\n  userGroups: {a: 1}\n  verbs: true\n  resources: "pods"\n  namespaces: 1\n  nonResourceURLs: {}\n  omitStages: x\n  omitManagedFields: 7\n',
    message: /Line 3, column 13: .*json: cannot unmarshal number into Go struct field Policy\.omitStages/,
  },
  {
    name: 'a Secret with invalid base64',
    text: () => SECRET_HEAD + 'data:\n  audit-policy.yaml: "!!!not-base64***"\n',
    message: /Line 7, column 22: data\.audit-policy\.yaml is not valid base64/,
  },
  {
    name: 'a Secret with the wrong key',
    text: () => SECRET_HEAD + 'data:\n  policy.yaml: ' + Buffer.from('rules: []').toString('base64') + '\n',
    message: /the Secret has no key audit-policy\.yaml \(it has policy\.yaml\)/,
  },
]

for (const c of cases) {
  test(`pasting ${c.name}: a clear message with its place, nothing replaced, no freeze`, async ({ page }) => {
    const app = await withWork(page)
    const dialog = await ImportDialog.open(page)
    await dialog.paste(c.text())
    await expect(dialog.root).toContainText(c.message, { timeout: 20_000 })
    await expectNoFreeze(page)
    if (c.name === 'wrong types in every field') await wrongTypes(page, app, dialog)
    else await untouched(app, dialog)
  })
}

/** Every error the core reports for the "wrong types" text: line, column, and the field it names. */
const WRONG_TYPES: Array<{ line: number; column: number; message: string; field?: string }> = [
  {
    line: 3,
    column: 13,
    message: 'cannot unmarshal number into Go struct field Policy.omitStages',
    field: 'Policy omit stages',
  },
  { line: 4, column: 20, message: 'cannot unmarshal string into Go struct field Policy.omitManagedFields' },
  { line: 6, column: 10, message: 'cannot unmarshal array into Go struct field PolicyRule.rules.level' },
  {
    line: 7,
    column: 10,
    message: 'cannot unmarshal number into Go struct field PolicyRule.rules.users',
    field: 'Users',
  },
  {
    line: 8,
    column: 15,
    message: 'cannot unmarshal object into Go struct field PolicyRule.rules.userGroups',
    field: 'User groups',
  },
  {
    line: 9,
    column: 10,
    message: 'cannot unmarshal bool into Go struct field PolicyRule.rules.verbs',
    field: 'Verbs',
  },
  {
    line: 10,
    column: 14,
    message: 'cannot unmarshal string into Go struct field PolicyRule.rules.resources',
  },
  {
    line: 11,
    column: 15,
    message: 'cannot unmarshal number into Go struct field PolicyRule.rules.namespaces',
    field: 'Namespaces',
  },
  {
    line: 12,
    column: 20,
    message: 'cannot unmarshal object into Go struct field PolicyRule.rules.nonResourceURLs',
    field: 'Non-resource URLs',
  },
  {
    line: 13,
    column: 15,
    message: 'cannot unmarshal string into Go struct field PolicyRule.rules.omitStages',
    field: 'Omit stages',
  },
  {
    line: 14,
    column: 22,
    message: 'cannot unmarshal number into Go struct field PolicyRule.rules.omitManagedFields',
  },
]

/** wrongTypes: every error is listed with its place; importing anyway shows them at the fields in the forms. */
async function wrongTypes(
  page: import('@playwright/test').Page,
  app: BuilderPage,
  dialog: ImportDialog,
): Promise<void> {
  await expect(dialog.summary()).toContainText(`${WRONG_TYPES.length} problems`)
  await expect(dialog.summary().getByRole('listitem')).toHaveCount(WRONG_TYPES.length)
  for (const e of WRONG_TYPES)
    await expect(dialog.summary()).toContainText(
      new RegExp(`Line ${e.line}, column ${e.column}: [^\\n]*${e.message}`),
    )
  // It still reads as a (broken) policy: importing it is allowed ...
  await expect(dialog.root).toContainText('this policy would not load')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
  // ... and the errors show at the fields, whose values of the wrong type did not come in.
  const rule = app.rule(1)
  for (const e of WRONG_TYPES.filter((x) => x.field !== undefined)) {
    const field =
      e.field === 'Policy omit stages'
        ? page.getByRole('combobox', { name: 'Policy omit stages' })
        : rule.field(e.field!)
    await expect(field).toHaveAccessibleDescription(new RegExp(e.message.replace(/\./g, '\\.')))
  }
  // The values of the wrong type stay in the policy's text, where the user wrote them, until the user fixes them.
  await expect(page.getByTestId('code-view')).toContainText('omitStages: 5')
  await expect(page.getByTestId('code-view')).toContainText('users: 3')
  await expect(rule.level()).toHaveAccessibleDescription(
    /cannot unmarshal array into Go struct field PolicyRule\.rules\.level/,
  )
  // The rule counts them all (with the missing level's own error); the two without a form field of their own
  // (resources, the rule's omitManagedFields) are listed in the Problems list.
  await expect(rule.root).toContainText('10 problems')
  for (const e of WRONG_TYPES.filter((x) => /rules\.(resources|omitManagedFields)/.test(x.message)))
    await expect(page.getByRole('main')).toContainText(e.message)
  // Undo brings the work back (and the import's errors go with its policy).
  await undoButton(page).click()
  await expect(app.rules()).toHaveCount(6)
  await expect(page.getByRole('combobox', { name: 'Policy omit stages' })).not.toHaveAccessibleDescription(
    /unmarshal/,
  )
}

test('a 50 MB paste is refused before it reaches the text box', async ({ page }) => {
  const app = await withWork(page)
  const dialog = await ImportDialog.open(page)
  // Putting 50 MB on the clipboard is the test's own work: measured apart from the paste.
  await putOnClipboard(page, { repeat: 'x'.repeat(1024), times: 50 * 1024 })
  await resetFreezes(page)
  await pressPaste(page, dialog.textBox())
  await expect(dialog.root.getByRole('alert')).toContainText(
    'This text is 50.0 MiB; an audit policy is a few KB',
  )
  await expect(dialog.textBox()).toHaveValue('')
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a 50 MB file dropped on the page is refused by its size, unread', async ({ page }) => {
  const app = await withWork(page)
  // Making 50 MB in the page is the test's own work: measured apart from the drop.
  const transfer = await fileTransfer(page, {
    name: 'audit.log',
    bytes: 50 * 1024 * 1024,
    fill: [0x7b, 0x7d, 0x0a],
  })
  await resetFreezes(page)
  await dropTransfer(page, transfer)
  const dialog = new ImportDialog(page)
  await expect(dialog.root.getByRole('alert')).toContainText('This text is 50.0 MiB')
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a binary file is recognised as not a policy', async ({ page }) => {
  const app = await withWork(page)
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8, 0x00, 0x9c]
  const dialog = await ImportDialog.open(page)
  await dialog.chooseFile({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(Array(4096).fill(png).flat()),
  })
  await expect(dialog.root).toContainText('This is not a policy: binary content')
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a 10,000-rule policy is read off the page and refused with the reason', async ({ page }) => {
  const app = await withWork(page)
  const rules = Array.from({ length: 10_000 }, (_, i) => aRule({ users: [`user-${i}`], verbs: ['get'] }))
  const dialog = await ImportDialog.open(page)
  await dialog.paste(serializePolicy(aPolicy(rules)))
  // Too big for the text box: held out of it, and read in the background.
  await expect(
    dialog.root.getByText(/^Pasted text \([\d.]+ (KiB|MiB)\), kept out of the text box$/),
  ).toBeVisible()
  await expect(dialog.root.getByRole('alert')).toContainText(
    'This policy has 10,000 rules. The builder edits up to 2,000 rules at a time',
    { timeout: 30_000 },
  )
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a Secret whose base64 is fine but whose policy is broken points into the decoded policy', async ({
  page,
}) => {
  const app = await withWork(page)
  const dialog = await ImportDialog.open(page)
  await dialog.paste(buildSecret('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: [\n'))
  await expect(dialog.root).toContainText(/Line \d+, column \d+ \(in the policy inside the Secret\)/)
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a paste of 102,000 short lines (204 KB) is held out of the text box, without a freeze', async ({
  page,
}) => {
  const app = await withWork(page)
  const dialog = await ImportDialog.open(page)
  await putOnClipboard(page, { repeat: 'a\n', times: 102_000 })
  await resetFreezes(page)
  await pressPaste(page, dialog.textBox())
  await expect(
    dialog.root.getByText(/^Pasted text \([\d.]+ (KiB|MiB)\), kept out of the text box$/),
  ).toBeVisible()
  await expect(dialog.root).toContainText(/problem|not a policy|does not|no policy/i, { timeout: 20_000 })
  await expectNoFreeze(page)
  await untouched(app, dialog)
})

test('a 100 KB binary file is held out of the text box and refused, without a freeze', async ({ page }) => {
  const app = await withWork(page)
  const dialog = await ImportDialog.open(page)
  let x = 7
  const bytes = Buffer.from(Array.from({ length: 100 * 1024 }, () => (x = (x * 1103515245 + 12345) & 0xff)))
  await resetFreezes(page)
  await dialog.chooseFile({ name: 'blob.bin', mimeType: 'application/octet-stream', buffer: bytes })
  await expect(dialog.root).toContainText('This is not a policy: binary content')
  await expect(dialog.textBox()).toBeHidden()
  await expectNoFreeze(page)
  await untouched(app, dialog)
})
