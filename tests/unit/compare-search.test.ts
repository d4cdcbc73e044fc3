/** The shortcut's comparison and decision-guide phrases, and the queries they must leave alone. */
import { describe, expect, it } from 'vitest';
import { guideShortcut } from '../../src/lib/compare-search';
import { resolveShortcut, toShortcutCode } from '../../src/lib/search-shortcut';
import { ENTRIES } from './entries';

const codes = ENTRIES.map((entry) => toShortcutCode(entry.data as Parameters<typeof toShortcutCode>[0]));
const urlOf = (query: string) => {
  const result = resolveShortcut(query, codes);
  return result && 'link' in result ? result.link.url : undefined;
};

describe('comparison phrases', () => {
  it.each([
    ['401 vs 403', '/compare/401-vs-403/'],
    ['401 vs. 403', '/compare/401-vs-403/'],
    ['401vs403', '/compare/401-vs-403/'],
    ['403 or 404', '/compare/403-vs-404/'],
    ['HTTP 404 versus 410', '/compare/404-vs-410/'],
    ['difference between 502 and 504', '/compare/502-vs-504/'],
    ['What is the difference between 502 and 504?', '/compare/502-vs-504/'],
    ['compare 429 503', '/compare/429-vs-503/'],
    ['429 503', '/compare/429-vs-503/'],
    ['410 vs 404', '/compare/404-vs-410/'],
    ['307 vs 303 vs 302', '/compare/302-vs-303-vs-307/'],
    ['301 302 303 307 308', '/compare/301-vs-302-vs-303-vs-307-vs-308/'],
    ['499 vs 408', '/compare/408-vs-499-vs-504/'],
    ['413 or 431', '/compare/413-vs-414-vs-431/'],
  ])('"%s" opens %s', (query, url) => {
    expect(urlOf(query)).toBe(url);
  });

  it('leaves pairs without a comparison page to the number rule', () => {
    expect(guideShortcut('418 vs 200')).toBeUndefined();
    expect(urlOf('418 vs 200')).toBe('/418/');
  });

  it('needs a joining word: two numbers in a sentence are not a comparison', () => {
    expect(guideShortcut('nginx 502 after 504 retries')).toBeUndefined();
  });

  it('still lets one number win as before', () => {
    expect(urlOf('nginx 499')).toBe('/499/');
    expect(urlOf('HTTP/1.1 404 Not Found')).toBe('/404/');
    expect(urlOf('what does 418 mean')).toBe('/418/');
  });
});

describe('decision guide phrases', () => {
  it.each([
    ['which status code should i return', '/choose/'],
    ['Which HTTP status code should I return?', '/choose/'],
    ['what status code should my api return', '/choose/'],
    ['how to choose an http status code', '/choose/'],
    ['which redirect should i use', '/choose/redirect/'],
    ['what redirect status code to use', '/choose/redirect/'],
    ['which status code to return for validation errors', '/choose/validation/'],
  ])('"%s" opens %s', (query, url) => {
    expect(urlOf(query)).toBe(url);
  });

  it('answers only questions about choosing a status', () => {
    expect(guideShortcut('which way should i go')).toBeUndefined();
    expect(guideShortcut('redirect after form submission')).toBeUndefined();
    expect(guideShortcut('should i return 404')).toBeUndefined();
  });

  it('names the page it opens', () => {
    expect(guideShortcut('401 vs 403')).toEqual({ label: '401 vs 403: side by side', url: '/compare/401-vs-403/' });
  });
});
