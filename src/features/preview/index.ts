// The preview feature: live outputs with Copy and Download.
export { PreviewPanel } from './PreviewPanel.tsx'
