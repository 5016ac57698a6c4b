// Monaco 0.52 keeps "Tab moves the focus" in one switch for every editor on the page (its editor option of
// the same name is not read); CodeEditor sets it whenever an editor takes the focus.
declare module 'monaco-editor/esm/vs/editor/browser/config/tabFocus.js' {
  export const TabFocus: {
    getTabFocusMode(): boolean
    setTabFocusMode(tabFocusMode: boolean): void
  }
}
