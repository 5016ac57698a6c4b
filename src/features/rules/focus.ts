/** ruleElementId: the DOM id of a rule's card. */
export const ruleElementId = (id: string) => `rule-card-${id}`
