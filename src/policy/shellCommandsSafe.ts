// The "apply safely" procedure around the apply commands (shellCommands.ts): print what the cluster runs now,
// check afterwards that it runs the new policy, and the way back when kube-apiserver does not start (DKP's
// audit documentation, spec/deckhouse.md: remove the --audit-log-* flags from the static pod manifest on each
// master, restart the API server container, then fix or delete the Secret).
import { heredocDelimiter, type CommandWords, type Kubectl } from './shellCommands.ts'
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
export function beforeApplyCommands(tool: Kubectl, words: CommandWords): string {
  return [...words.before, `${currentPolicyCommand(tool)} > audit-policy-before.yaml`, ''].join('\n')
}

/** afterApplyCommands: check that the cluster runs the new policy, and the way back if kube-apiserver fails. */
export function afterApplyCommands(policyText: string, tool: Kubectl, words: CommandWords): string {
  const k = CLI[tool]
  const key = SECRET_KEY.replaceAll('.', '\\.')
  const d = heredocDelimiter(policyText)
  return [
    ...words.runs,
    `diff <(${k} -n ${SECRET_NAMESPACE} get secret ${SECRET_NAME} -o jsonpath='{.data.${key}}' | base64 -d) - <<'${d}'`,
    policyText.endsWith('\n') ? policyText.slice(0, -1) : policyText,
    d,
    ...words.cameBack,
    `${k} -n kube-system get pods -l component=kube-apiserver`,
    '',
    ...words.wayBack,
    ...words.removeFlags,
    "sed -i '/--audit-log-/d; /--audit-policy-file/d' /etc/kubernetes/manifests/kube-apiserver.yaml",
    ...words.restart,
    'crictl stopp $(crictl pods --name=kube-apiserver -q)',
    ...words.withDocker('docker stop $(docker ps -q --filter name=k8s_kube-apiserver)'),
    ...words.fixSecret,
    `${k} apply -f audit-policy-before.yaml`,
    `${k} -n ${SECRET_NAMESPACE} delete secret ${SECRET_NAME}`,
    '',
  ].join('\n')
}
