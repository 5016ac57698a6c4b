// The import feature: the Import dialog (paste, drop or choose a policy, a Secret or a ModuleConfig), the
// page-wide drop target, and the header's Import action.
export { ImportHost } from './ImportHost.tsx'
export { openImport } from './importRequests.ts'
