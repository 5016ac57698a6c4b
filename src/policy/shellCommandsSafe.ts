// The "apply safely" procedure around the apply commands (shellCommands.ts): print what the cluster runs now,
// check afterwards that it runs the new policy, and the way back when kube-apiserver does not start (DKP's
// audit documentation, spec/deckhouse.md: remove the --audit-log-* flags from the static pod manifest on each
// master, restart the API server container, then fix or delete the Secret).
import { heredocDelimiter, type Kubectl } from './shellCommands.ts'
import { SECRET_KEY, SECRET_NAME, SECRET_NAMESPACE } from './secret.ts'

const CLI: Record<Kubectl, string> = { d8: 'd8 k', kubectl: 'kubectl' }

/** currentPolicyCommand: prints the Secret the cluster holds now (paste its output into "Compare with…"). */
export function currentPolicyCommand(tool: Kubectl): string {
  return `${CLI[tool]} -n ${SECRET_NAMESPACE} get secret ${SECRET_NAME} -o yaml`
}

/** The file a DKP master's kube-apiserver reads (--audit-policy-file): DKP's built-in rules around the user's. */
export const DKP_RENDERED_POLICY_FILE = '/etc/kubernetes/deckhouse/extra-files/audit-policy.yaml'

/** renderedPolicyCommand: prints, on a DKP master, the policy kube-apiserver runs (spec/deckhouse.md §2). */
export function renderedPolicyCommand(): string {
  return `sudo cat ${DKP_RENDERED_POLICY_FILE}`
}

/** beforeApplyCommands: the step that comes first: save what the cluster runs now, to compare and to go back. */
export function beforeApplyCommands(tool: Kubectl): string {
  return [
    '# 0. Before you apply: save the policy the cluster runs now (compare it in "Compare with…", and keep it',
    '#    to go back to):',
    `${currentPolicyCommand(tool)} > audit-policy-before.yaml`,
    '',
  ].join('\n')
}

/** afterApplyCommands: check that the cluster runs the new policy, and the way back if kube-apiserver fails. */
export function afterApplyCommands(policyText: string, tool: Kubectl): string {
  const k = CLI[tool]
  const key = SECRET_KEY.replaceAll('.', '\\.')
  const d = heredocDelimiter(policyText)
  return [
    '# 4. Check that the cluster runs this policy: the Secret must hold exactly this text (no output = same):',
    `diff <(${k} -n ${SECRET_NAMESPACE} get secret ${SECRET_NAME} -o jsonpath='{.data.${key}}' | base64 -d) - <<'${d}'`,
    policyText.endsWith('\n') ? policyText.slice(0, -1) : policyText,
    d,
    '#    and that kube-apiserver came back on every master:',
    `${k} -n kube-system get pods -l component=kube-apiserver`,
    '',
    '# The way back, if kube-apiserver does not start (run on each affected master, as root):',
    '#  a. Remove the --audit-log-* and --audit-policy-file flags from the static pod manifest:',
    "sed -i '/--audit-log-/d; /--audit-policy-file/d' /etc/kubernetes/manifests/kube-apiserver.yaml",
    '#  b. Restart the API server container:',
    'crictl stopp $(crictl pods --name=kube-apiserver -q)',
    '#     (with Docker: docker stop $(docker ps -q --filter name=k8s_kube-apiserver))',
    '#  c. Then fix the Secret, or put back the saved one, or delete it:',
    `${k} apply -f audit-policy-before.yaml`,
    `${k} -n ${SECRET_NAMESPACE} delete secret ${SECRET_NAME}`,
    '',
  ].join('\n')
}
