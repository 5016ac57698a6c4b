// Types of chromium.mjs for the TypeScript that imports it (playwright.config.ts).
export declare const CHROMIUM_CANDIDATES: string[]
export declare function findChromium(): string | undefined
export declare const INSTALL_HINT: string
export declare const CHROMIUM_ARGS: string[]
