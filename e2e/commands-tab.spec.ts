// The Commands tab: the `d8 k` / kubectl choice changes the commands, and apply.sh applies the same Secret as
// the Secret tab (a heredoc holding the policy, base64-encoded).
import { expect, test } from './fixtures'
import { BuilderPage, decodeSecret } from './pages/BuilderPage'

test('d8 k or kubectl changes the commands; apply.sh applies the Secret of the Secret tab', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.gotoWithClipboard()
  const rule = await app.addRule()
  await rule.addChips('User groups', 'system:authenticated')
  await rule.addChips('Omit stages', 'RequestReceived')
  const policy = (await app.download()).text
  expect(policy).toContain('system:authenticated')
  await app.openTab('Secret')
  const secret = await app.download()
  expect(secret.name).toBe('audit-policy-secret.yaml')

  await app.openTab('Commands')
  const copyCommands = async () => {
    await page.getByRole('button', { name: 'Copy', exact: true }).click()
    return page.evaluate(() => navigator.clipboard.readText())
  }
  const tool = page.getByRole('group', { name: 'Command-line tool' })
  await expect(tool.getByRole('button', { name: 'd8 k', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(app.outputPanel()).toContainText("cat <<'EOF' | d8 k apply -f -")
  const d8 = await copyCommands()
  expect(d8).toContain("cat <<'EOF' | d8 k apply -f -")
  expect(d8).toContain('d8 k patch mc control-plane-manager')
  expect(d8).not.toMatch(/^kubectl /m)

  await tool.getByRole('button', { name: 'kubectl', exact: true }).click()
  await expect(app.outputPanel()).toContainText("cat <<'EOF' | kubectl apply -f -")
  const kubectl = await copyCommands()
  expect(kubectl).toContain('kubectl patch mc control-plane-manager')
  expect(kubectl).not.toContain('d8 k')
  expect(kubectl.replaceAll('kubectl', 'd8 k')).toBe(d8)

  const script = await app.download()
  expect(script.name).toBe('apply.sh')
  expect(script.text).toMatch(/^#!\/usr\/bin\/env bash\n/)
  const heredoc = /^cat <<'(EOF[_0-9]*)' \| \$K apply -f -\n([\s\S]*?\n)\1$/m.exec(script.text)
  expect(heredoc, 'a heredoc applying the Secret').not.toBeNull()
  const manifest = heredoc![2]!
  expect(manifest).toBe(secret.text)
  expect(decodeSecret(manifest)).toBe(policy)
})
