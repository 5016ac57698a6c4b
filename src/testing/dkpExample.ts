// The DKP documentation's example 2, "Logging all requests not from service accounts" (authenticated users at
// Metadata, then service accounts at None, which never fires: every service account is also authenticated), without
// its empty lists and comment (the preset `notServiceAccounts` in policy/presets.ts has it word for word). Lint's
// tests, the CLI's in Russian and the browser's journey in Russian work on it.
import type { Policy } from '../policy/types.ts'

/** DKP_DOCS_EXAMPLE_2: the policy. */
export const DKP_DOCS_EXAMPLE_2: Policy = {
  rules: [
    { level: 'Metadata', userGroups: ['system:authenticated'] },
    { level: 'None', userGroups: ['system:serviceaccounts'] },
  ],
}

/** DKP_DOCS_EXAMPLE_2_TEXT: the same policy as text, block style, items at the rules' indent, flow lists. */
export const DKP_DOCS_EXAMPLE_2_TEXT = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  userGroups: ["system:authenticated"]
- level: None
  userGroups: ["system:serviceaccounts"]
`
