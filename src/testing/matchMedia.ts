// jsdom has no window.matchMedia, which MUI (useMediaQuery) and the app read: a stub where no query matches.

/** stubMatchMedia installs the stub unless the window already has matchMedia. */
export function stubMatchMedia(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    onchange: null,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
}
