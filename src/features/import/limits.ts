// The import's size limit, kept here so the first screen need not load the core's importing.ts (and the YAML
// library with it) for one number; readInput.test.ts checks that it equals the core's MAX_IMPORT_BYTES.

/** MAX_IMPORT_CHARS: the largest text the import reads (the core's MAX_IMPORT_BYTES). */
export const MAX_IMPORT_CHARS = 8 * 1024 * 1024
