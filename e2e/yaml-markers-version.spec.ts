// The YAML editor's markers follow the chosen Kubernetes version like the forms do: group "*" loads from
// Kubernetes 1.36 on, and is kube-apiserver's Invalid error (and outside the schema's pattern) before it.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { YamlEditor } from './pages/KeepWorkPages'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  - level: Metadata
    resources:
      - group: "*"
        resources: ["*/status"]
`

test('group "*" is marked as an error at 1.35, not at 1.36; the schema follows the version', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  const version = page.getByRole('combobox', { name: 'Kubernetes version' })
  await expect(version).toHaveValue('1.36')
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(POLICY)
  // On 1.36 the text reads into the form; lint warns that 1.35 would refuse it (a warning, not an error).
  await expect(app.rule(1).root).toBeVisible()
  await expect(yaml.root.locator('.squiggly-warning').first()).toBeVisible()
  await expect(yaml.root.locator('.squiggly-error')).toHaveCount(0)

  await version.selectOption('1.35')
  await expect(yaml.root.locator('.squiggly-error').first()).toBeVisible()
  // The schema follows too: its hover on the group says "*" comes with 1.36 (its pattern refuses it here).
  const key = yaml.root.locator('.view-line span', { hasText: 'group' }).first()
  const hoverKey = async () => {
    await page.mouse.move(0, 0)
    await key.scrollIntoViewIfNeeded()
    const box = (await key.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  }
  const hover = page.locator('.monaco-hover')
  await hoverKey()
  await expect(hover.filter({ hasText: '"" is the core group ("*" from Kubernetes 1.36).' })).toBeVisible()

  // Back on 1.36 the error is gone again, and the schema takes "*" as every group.
  await version.selectOption('1.36')
  await expect(yaml.root.locator('.squiggly-error')).toHaveCount(0)
  await expect(yaml.root.locator('.squiggly-warning').first()).toBeVisible()
  await hoverKey()
  await expect(hover.filter({ hasText: '"" is the core group, "*" every group.' })).toBeVisible()
})
