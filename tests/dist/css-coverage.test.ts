/**
 * Every class a built page uses is defined in the CSS that page loads. Code pages load only
 * global.css and other pages add site-utilities.css (see SiteLayout), so a class that only the
 * second file defines would leave a code page unstyled without anyone noticing: this test notices.
 * Classes that style nothing on purpose (hooks for scripts and for Shiki) are listed with a reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlPages, read } from '../support/dist-files';

/** Classes that need no rule of their own, each with why. */
const UNSTYLED: Record<string, string> = {
  'astro-code': 'Shiki marks its code blocks; global.css styles them through the element and its variables',
  'astro-code-themes': 'Shiki names the two themes of a block; the colours come from its --shiki-* variables',
  'github-light-high-contrast': 'the light Shiki theme of a block, a name only',
  'github-dark-high-contrast': 'the dark Shiki theme of a block, a name only',
  line: 'Shiki wraps each line of a block in a span; nothing styles lines',
};

/** The class names a stylesheet defines: every `.name` in a selector, CSS escapes undone. */
function definedClasses(css: string): Set<string> {
  const names = new Set<string>();
  for (const [, escaped] of css.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add(escaped!.replace(/\\(.)/g, '$1'));
  return names;
}

const cssCache = new Map<string, Set<string>>();
function stylesheet(href: string): Set<string> {
  if (!cssCache.has(href)) {
    const file = join(DIST, href);
    cssCache.set(href, existsSync(file) ? definedClasses(readFileSync(file, 'utf8')) : new Set());
  }
  return cssCache.get(href)!;
}

test('every class a page uses is defined in the CSS that page loads', () => {
  const missing = new Map<string, string[]>();
  for (const [path, file] of htmlPages()) {
    const html = read(file);
    const defined = new Set<string>();
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) for (const c of stylesheet(href!)) defined.add(c);
    for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) for (const c of definedClasses(css!)) defined.add(c);
    for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) {
      for (const name of list!.split(/\s+/).filter(Boolean)) {
        if (defined.has(name) || name in UNSTYLED) continue;
        const pages = missing.get(name) ?? [];
        if (pages.at(-1) !== path) missing.set(name, [...pages, path]);
      }
    }
  }
  const report = [...missing].map(([name, paths]) => `${name}: ${paths.length} pages, such as ${paths.slice(0, 3).join(', ')}`);
  expect(report).toEqual([]);
});
