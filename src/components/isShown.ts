/** isShown: the element is in the page and laid out (not inside a Suspense boundary hidden while a tab loads). */
export const isShown = (el: Element): boolean => el.isConnected && el.getClientRects().length > 0
