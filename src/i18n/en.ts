// Every user-facing string of the app, in English. A second language is another object of the same shape
// (`Strings`), chosen in index.ts.
import { dkpBuiltin } from './en/dkpBuiltin.ts'
import { countOf } from './format.ts'
import { keepwork } from './en/keepwork.ts'
import { workerFailures } from './en/workerFailures.ts'
import { savedWork } from './en/savedWork.ts'
import { hints } from './en/hints.ts'
import { schemaDocs } from './en/schemaDocs.ts'
import { keeptext } from './en/keeptext.ts'
import { importing } from './en/importing.ts'
import { notices } from './en/notices.ts'
import { presetTexts } from './en/presetTexts.ts'
import { verify } from './en/verify.ts'
import type { RuleFieldName } from '../policy/ruleFields.ts'

/** `fields` labels every PolicyRule field of policy/ruleFields.ts: a field without a label fails to compile. */
type RuleFieldLabels = Record<RuleFieldName, string> & Record<string, unknown>

export const en = {
  keeptext,
  importing,
  notices,
  presetTexts,
  app: {
    title: 'Audit Policy Builder',
    tagline: 'Design a Kubernetes audit policy, see what it logs, and ship it to Deckhouse.',
    offline: 'Everything stays in your browser.',
    themeToDark: 'Switch to dark theme',
    themeToLight: 'Switch to light theme',
    editorRegion: 'Policy editor',
    previewRegion: 'Preview',
    toolsRegion: 'Tools',
    toolsEnlarge: 'Enlarge the tools panel',
    toolsRestore: 'Give the preview its room back',
    /** The header's language switch (the languages are named in their own language: i18n/choice.ts). */
    language: 'Language',
  },
  kubernetesVersion: {
    label: 'Kubernetes version',
    option: (v: string, isDefault: boolean) => (isDefault ? `${v} (default)` : v),
    help: (fallback: string, dkpRelease: string, dkp: boolean) =>
      dkp
        ? `DKP ${dkpRelease} installs Kubernetes ${fallback} unless the cluster says otherwise; validation, lint and the simulator follow the version chosen here.`
        : 'Validation, lint and the simulator follow the version chosen here.',
  },
  target: {
    label: 'Target',
    'kube-apiserver': 'Kubernetes',
    deckhouse: 'Deckhouse',
    help: {
      'kube-apiserver':
        'The file goes to kube-apiserver with --audit-policy-file. Unknown fields are ignored there, errors stop it from starting.',
      deckhouse:
        'DKP reads the policy from Secret kube-system/audit-policy strictly and puts your rules between its built-in ones.',
    },
  },
  policySettings: {
    heading: 'Policy settings',
    omitStages: 'Policy omit stages',
    omitStagesHelp: 'Stages no rule logs, e.g. RequestReceived (every request also has ResponseComplete).',
    omitManagedFields: 'Policy omit managed fields',
    omitManagedFieldsHelp: 'Leave managedFields out of logged request and response bodies.',
  },
  rules: {
    heading: 'Rules',
    matchOrder: 'First match wins: a request gets the level of the first rule it matches, top to bottom.',
    add: 'Add rule',
    count: (n: number) => countOf(n, { one: 'rule', other: 'rules' }),
    collapseAll: 'Collapse all',
    expandAll: 'Expand all',
    emptyTitle: 'No rules yet',
    emptyBody:
      'A policy is a list of rules checked from top to bottom. Add a rule, or start from a preset and adjust it:',
    ruleName: (n: number) => `Rule ${n}`,
    moveUp: 'Move rule up',
    moveDown: 'Move rule down',
    duplicate: 'Duplicate rule',
    delete: 'Delete rule',
    collapse: 'Collapse rule',
    expand: 'Expand rule',
    dragHandle: (n: number) => `Drag rule ${n}`,
    deleted: (n: number) => `Rule ${n} deleted`,
    undo: 'Undo',
    problems: (n: number) => countOf(n, { one: 'problem', other: 'problems' }),
    dnd: {
      instructions:
        'To move a rule, press space or enter to pick it up, use the up and down arrow keys to move it, then press space or enter to drop it, or escape to cancel.',
      pickedUp: (from: number) => `Picked up rule ${from}.`,
      over: (from: number, to: number) => `Rule ${from} is over position ${to}.`,
      dropped: (from: number, to: number) => `Rule ${from} dropped at position ${to}.`,
      cancelled: (from: number) => `Moving rule ${from} was cancelled.`,
    },
  },
  summary: {
    separator: ' · ',
    everyone: 'everyone',
    users: (v: string, n: number) => (n === 1 ? `user ${v}` : `users ${v}`),
    usersMany: (n: number) => countOf(n, { one: 'user', other: 'users' }),
    groups: (v: string, n: number) => (n === 1 ? `group ${v}` : `groups ${v}`),
    groupsMany: (n: number) => countOf(n, { one: 'group', other: 'groups' }),
    everyVerb: 'every verb',
    verbs: (v: string) => v,
    everything: 'every request',
    resources: (v: string) => v,
    coreGroup: 'core',
    groupAll: (group: string) => `${group} (all)`,
    resourcesMany: (n: number) => countOf(n, { one: 'resource group', other: 'resource groups' }),
    namespaces: (v: string) => `in ${v}`,
    urls: (v: string) => `URLs ${v}`,
    omit: (v: string) => `omit ${v}`,
  },
  fields: {
    level: 'Level',
    users: 'Users',
    userGroups: 'User groups',
    verbs: 'Verbs',
    namespaces: 'Namespaces',
    nonResourceURLs: 'Non-resource URLs',
    omitStages: 'Omit stages',
    omitManagedFields: 'Omit managed fields',
    note: 'Note',
    resources: 'Resources',
    apiGroup: 'API group',
    resourceNames: 'Resource names',
    addResourceGroup: 'Add resource group',
    removeResourceGroup: 'Remove resource group',
    resourceGroupName: (n: number) => `Resource group ${n}`,
    resourcesHeading: 'Resources',
    resourcesHelp: 'Leave empty to match every resource request.',
    coreGroupLabel: '"" (core)',
    noLevel: '(no level)',
    coreGroupHelp: 'Empty means the core group (pods, secrets, …), written as group: "".',
    groupHelp: 'API group without version, e.g. apps or rbac.authorization.k8s.io.',
    resourceListHelp: 'Empty matches every resource of the group. pods/* matches all pod subresources.',
    resourceNamesHelp: 'Object names; needs at least one resource.',
    noteHelp: 'Kept as a comment above the rule in the YAML.',
    chipHelp: 'Type and press Enter or comma; paste a list to add many.',
    usersHelp: 'Empty matches every user.',
    userGroupsHelp: 'Empty matches every group.',
    verbsHelp: 'Empty matches every verb. get covers neither list nor watch.',
    verbsNonResourceHelp: 'For URLs the verb is the lower-case HTTP method: get, post, put, …',
    namespacesHelp:
      'Empty matches every namespace and cluster-scoped requests; "" matches only cluster-scoped.',
    urlsHelp: 'Paths like /healthz or /api*; * only at the end.',
    omitStagesHelp: 'Added to the policy-level stages.',
    exclusiveResources:
      'This rule matches non-resource URLs, so it cannot also have resources or namespaces: the API server refuses a rule with both.',
    exclusiveUrls:
      'This rule matches resources or namespaces, so it cannot also have non-resource URLs: the API server refuses a rule with both.',
    exclusiveBoth: 'Choose one: remove the non-resource URLs, or the resources and namespaces.',
    omitManagedFieldsUnset: 'Unset (use the policy setting)',
    omitManagedFieldsTrue: 'true: omit managedFields',
    omitManagedFieldsFalse: 'false: keep managedFields',
  } satisfies RuleFieldLabels,
  levels: {
    None: 'Do not log matching requests.',
    Metadata: 'Who, what, when and the result; no bodies.',
    Request: 'Metadata and the request body; no response body.',
    RequestResponse: 'Metadata, request and response bodies: the most detail and volume.',
  } as Record<string, string>,
  preview: {
    tabs: { policy: 'Policy', secret: 'Secret', moduleConfig: 'ModuleConfig', commands: 'Commands' },
    tabsLabel: 'Outputs',
    copy: 'Copy',
    download: 'Download',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy: select the text and copy it by hand',
    downloaded: (file: string) => `Saved ${file}`,
    loadingEditor: 'Plain text view (the editor is loading)',
    errorsTitle: {
      'kube-apiserver': 'kube-apiserver would refuse to start with this policy',
      deckhouse: 'DKP would accept this Secret, then kube-apiserver would fail to start on every master',
    },
    descriptions: {
      policy: {
        'kube-apiserver': 'The policy file for kube-apiserver --audit-policy-file.',
        deckhouse: 'The policy DKP reads from the Secret (its rules go between DKP’s built-in ones).',
      },
      secret: 'Secret kube-system/audit-policy: DKP reads the base64 policy from key audit-policy.yaml.',
      moduleConfig: 'ModuleConfig control-plane-manager switches the policy on.',
      commands: 'Paste these into a shell with access to the cluster.',
    },
    dkpOnly:
      'For Deckhouse clusters. On plain Kubernetes, pass the policy file to kube-apiserver with --audit-policy-file.',
    tool: 'Command-line tool',
    toolD8: 'd8 k',
    toolKubectl: 'kubectl',
    downloadScript: 'The download is apply.sh: it uses d8 k when installed, kubectl otherwise.',
  },
  moduleConfig: {
    controls: 'ModuleConfig settings',
    basic: 'Basic audit policy',
    basicHelp: 'Keep DKP’s built-in rules around yours (basicAuditPolicyEnabled).',
    output: 'Audit log output',
    outputFile: 'File',
    outputStdout: 'Stdout',
    path: 'Audit log path',
    pathHelp: 'Directory on the masters; the log is audit.log inside it.',
    pathStdout: 'Only used with File output.',
  },
  presets: {
    button: 'Presets',
    menuLabel: 'Presets',
    examples: 'From the DKP documentation',
    designed: 'Designed presets',
    confirmTitle: 'Replace the current policy?',
    confirmBody: (title: string) =>
      `Loading “${title}” replaces the policy you are working on (its rules and settings). You can undo it afterwards.`,
    confirm: 'Replace',
    cancel: 'Cancel',
    loaded: (title: string) => `Loaded “${title}”`,
    items: {
      authenticated: {
        title: 'Log all requests from all authenticated users',
        description:
          'One Metadata rule for the group system:authenticated, as the documentation writes it. The documentation warns: not for production, the event flow loads the masters’ disks.',
      },
      notServiceAccounts: {
        title: 'Logging all requests not from service accounts',
        description:
          'As the documentation writes it: Metadata for system:authenticated, then None for system:serviceaccounts. Lint shows why the second rule never fires; the corrected version is below.',
      },
      standardResources: {
        title: 'Logging all operations with standard resources',
        description:
          'As the documentation writes it: Metadata for deployments, daemonsets, statefulsets, replicasets, jobs, cronjobs and every core resource (without the apps and batch subresources).',
      },
      minimal: {
        title: 'Minimal (Metadata, omit RequestReceived)',
        description: 'Everything at Metadata, one event per request.',
      },
      baseline: {
        title: 'Recommended baseline',
        description:
          'Drops health checks, events, leases and endpoints; Secrets, ConfigMaps and tokens at Metadata only; writes with bodies; RBAC changes in full.',
      },
      security: {
        title: 'Security-minded',
        description:
          'Logs every read; exec, attach and proxy with requests; RBAC, webhooks, CRDs and certificates in full; secrets never in bodies.',
      },
      dkpComplement: {
        title: 'DKP complement',
        description:
          'Adds what DKP’s built-in rules leave unlogged: exec and port-forward, reading Secrets, RoleBindings, CRDs, webhooks, namespaces.',
      },
    },
  },
  findings: {
    showNotes: (n: number) => `Show ${countOf(n, { one: 'note', other: 'notes' })}`,
    hideNotes: (n: number) => `Hide ${countOf(n, { one: 'note', other: 'notes' })}`,
    /** The toggle that shows a finding's details (lint's headline stays one line). */
    showDetails: 'Details',
    hideDetails: 'Hide details',
    /** A finding's long list (the DKP built-in rules that decide part of a rule's requests). */
    showItems: (n: number) => `Show all ${countOf(n, { one: 'part', other: 'parts' })}`,
    hideItems: 'Hide the list',
    /** The notes about one rule (or the policy as a whole), grouped in the Problems list. */
    notesAbout: (place: string) => `Notes on ${place}`,
    notesOnPolicy: 'Notes on the policy as a whole',
  },
  confirm: { ok: 'OK', cancel: 'Cancel' },
  /** DKP's built-in audit rules' titles (i18n/builtinTitle.ts picks one). */
  dkpBuiltin,
  verify,
  keepwork,
  workerFailures,
  savedWork,
  hints,
  schemaDocs,
  /** The log analyzer's tab; its other strings load with its panel (analyzer.ts). */
  analyzer: { tab: 'Analyze a log' },
  /** "Compare with…"'s tab; its other strings load with its panel (compare.ts). */
  compare: { tab: 'Compare', sharedBase: 'from the share link' },
  chip: {
    remove: (v: string) => `Remove ${v}`,
    invalid: 'Invalid value',
    empty: '(empty string)',
  },
}

export type Strings = typeof en
