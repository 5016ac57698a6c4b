// The base the policy is compared with: held in state/ (the share link carries it), named here for the panel.
export {
  baseForTarget,
  compareBaseOf,
  setCompareBase as setBase,
  useCompareBase as useBase,
  type CompareBase as Base,
} from '../../state/compareBase.ts'
