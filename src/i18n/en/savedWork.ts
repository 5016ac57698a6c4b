// Why saved work, the browser's storage or a share link could not be read, one sentence per code
// (state/storedWork.ts ReadProblem, state/persistence.ts StorageProblem, state/share.ts LinkDetail; worded by
// features/session/savedWorkText.ts). `at` is a field's path (`rules[0].level`), written as it is.
// Part of `en` (en.ts), under the key `savedWork`.

type At = { at: string }
type Error = { error: string }

export const savedWork = {
  'not-texts': ({ at }: At) => `${at} is not a list of texts`,
  'not-rule': ({ at }: At) => `${at} is not a rule`,
  'not-text': ({ at }: At) => `${at} is not a text`,
  'not-list': ({ at }: At) => `${at} is not a list`,
  'not-group': ({ at }: At) => `${at} is not a resource group`,
  'not-boolean': ({ at }: At) => `${at} is not true/false`,
  'not-object': ({ at }: At) => `${at} is not an object`,
  'not-number': ({ at }: At) => `${at} is not a number`,
  'not-output': ({ at }: At) => `${at} is not File or Stdout`,
  'no-rules': () => 'the policy has no list of rules',
  'too-many-rules': ({ rules, max }: { rules: number; max: number }) =>
    `the policy has ${rules} rules; the builder takes up to ${max}`,
  'settings-not-object': () => 'the ModuleConfig settings are not an object',
  'switch-not-boolean': () => 'a ModuleConfig switch is not true/false',
  'unknown-version': () => 'the Kubernetes version is unknown',
  'unknown-target': () => 'the target is unknown',
  'no-document': () => 'it holds no document',
  'not-json': () => 'it is not valid JSON',
  'not-ours': () => 'it was not written by this app',
  'format-version': ({ found, reads }: { found: string; reads: number }) =>
    `it is in format version ${found}, this app reads ${reads}`,
  'draft-not-text': () => 'the YAML draft is not a text',
  'storage-unreadable': ({ error }: Error) => `the browser's storage cannot be read (${error})`,
  'storage-refused': ({ error }: Error) => `the browser refused to store it (${error})`,
  'storage-full': () => "the browser's storage for this page is full",
  blocked: () =>
    'your earlier saved work, which could not be read, is still in the browser’s storage and there is no room to set a copy aside, so autosave will not write over it',
  'no-storage': () => 'the browser does not let this page store anything',
  'link-format': ({ found, reads }: { found: string; reads: string }) =>
    `the link is in format ${found}; this app reads ${reads}`,
  'link-no-format': () => 'the link does not start with a known format',
  'link-characters': () => 'the link contains characters a share link never has',
  'link-short': () => 'the link ends before its content starts',
  'link-too-large': ({ bytes }: { bytes: number }) => `it would unpack to ${bytes} bytes`,
  'link-more': () => 'it unpacks to more than it says',
  'link-corrupt': () => 'its compressed content ends early or is corrupt',
  'link-less': ({ got, bytes }: { got: number; bytes: number }) => `it unpacks to ${got} of ${bytes} bytes`,
  'link-checksum': () => 'its checksum does not match its content',
  'link-content': () => 'its content is not readable',
  'link-no-policy': () => 'its policy text does not read as a policy',
  'link-too-many-rules': ({ rules }: { rules: number }) => `its policy has ${rules} rules`,
}
