/** One page of each type, for the layout-shift test and the Lighthouse bench; new page types go here. */
export const PAGE_TYPES = [
  '/',
  '/407/',
  '/4xx/',
  '/senders/',
  '/api/',
  '/linking/',
  '/search/',
  '/471/',
  '/no-such-page/',
  '/503/?for=visitor',
  '/constants/',
  '/choose/',
  '/choose/redirect/',
  '/compare/',
  '/compare/401-vs-403/',
  '/diagnose/',
];
