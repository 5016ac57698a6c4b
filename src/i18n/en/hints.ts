// The facts the API server's messages leave out (policy/types.ts DiagnosticHint), one sentence per code.
// Part of `en` (en.ts), under the key `hints`; the lint words (en/lint.ts) use them too.

export const hints = {
  'group-star': ({ version, since }: { version: string; since: string }) =>
    `group "*" is a wildcard only from Kubernetes ${since}; kube-apiserver ${version} refuses it as an invalid group name`,
}
