// Suggestion lists from the bundled catalog, computed once.
import {
  groupSuggestions,
  namespaceSuggestions,
  OMIT_STAGE_VALUES,
  COMMON_NON_RESOURCE_URLS,
  userSuggestions,
} from '../../policy/catalog.ts'

export const USER_SUGGESTIONS = userSuggestions()
export const GROUP_SUGGESTIONS = groupSuggestions()
export const NAMESPACE_SUGGESTIONS = namespaceSuggestions()
export const URL_SUGGESTIONS: readonly string[] = COMMON_NON_RESOURCE_URLS
export const STAGE_SUGGESTIONS = OMIT_STAGE_VALUES
