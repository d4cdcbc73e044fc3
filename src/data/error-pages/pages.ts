/**
 * Which words each error-page kit page takes from its entry. Only the plain heading is written
 * here; the sentences are picked out of the entry's visitor causes and fixes (content/codes/NNN.mdx),
 * so improving an entry's visitor advice improves its kit page too. The generic 4xx and 5xx pages
 * speak for a whole class, which no entry does, so their words are written here once.
 *
 * Picks follow CONTENT.md's "Error-page kit text": one sentence on what happened that holds for
 * most visits, one or two things the visitor can do, about 60 words before the links, and nothing
 * that only makes sense on the code page (such as "the page often says when").
 */
import type { ClassPageSelection, CodePageSelection, KitUiText } from '../../lib/error-pages/text';

export const CODE_PAGES: readonly CodePageSelection[] = [
  {
    code: 400,
    heading: 'The site could not read this request',
    happened: { list: 'causes', item: 1 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1, sentences: [0] },
    ],
  },
  {
    code: 401,
    heading: 'You need to sign in',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 403,
    heading: 'You do not have access to this page',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 1 },
      { list: 'fixes', item: 2, sentences: [0] },
    ],
  },
  {
    code: 404,
    heading: 'Page not found',
    happened: { list: 'fixes', item: 2 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 405,
    heading: 'This page cannot handle that request',
    happened: { list: 'causes', item: 0 },
    todo: [{ list: 'fixes', item: 0 }],
  },
  {
    code: 408,
    heading: 'The request took too long',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 410,
    heading: 'This page has been removed',
    happened: { list: 'causes', item: 0 },
    todo: [{ list: 'fixes', item: 0 }],
  },
  {
    code: 413,
    heading: 'The upload is too large',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 414,
    heading: 'Web address too long',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 429,
    heading: 'Too many requests',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 2 },
    ],
  },
  {
    code: 451,
    heading: 'This page is blocked for legal reasons',
    happened: { list: 'causes', item: 0 },
    todo: [{ list: 'fixes', item: 2 }],
  },
  {
    code: 500,
    heading: 'Something went wrong on the site',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 501,
    heading: 'The site does not support this action',
    happened: { list: 'causes', item: 0 },
    todo: [{ list: 'fixes', item: 1 }],
  },
  {
    code: 502,
    heading: 'The site is having trouble',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 503,
    heading: 'The site is temporarily unavailable',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0, sentences: [0] },
      { list: 'fixes', item: 1 },
    ],
  },
  {
    code: 504,
    heading: 'The site took too long to respond',
    happened: { list: 'causes', item: 0 },
    todo: [
      { list: 'fixes', item: 0 },
      { list: 'fixes', item: 1 },
    ],
  },
];

export const CLASS_PAGES: readonly ClassPageSelection[] = [
  {
    statusClass: '4xx',
    heading: 'The site could not complete this request',
    happened: 'The site turned down the request your browser sent, so it cannot show this page.',
    todo: [
      'Check the address, then go back or start again from the home page.',
      'If it keeps happening, contact the site and say which page you tried to open.',
    ],
  },
  {
    statusClass: '5xx',
    heading: 'Something went wrong on the site',
    happened: 'The site ran into a problem of its own. Nothing you did caused it.',
    todo: [
      'Wait a minute and reload the page.',
      'If it keeps happening, contact the site and mention the time and the page. The problem is on their side.',
    ],
  },
];

/** The words around the page text, in English; each language translates them in i18n/. */
export const UI_EN: KitUiText = {
  errorLabel: 'Error {code}',
  genericLabel: 'Error',
  todoHeading: 'What you can do',
  homeLink: 'Go to the home page',
  statusLink: 'Service status',
  meaningLink: 'What does {code} mean?',
  classMeaningLink: 'What do {class} errors mean?',
  inEnglish: '',
  referenceLabel: 'If you contact the site, quote this reference:',
};
