/**
 * What a browser must download to show a page before anyone interacts with it: the HTML, its
 * stylesheets and its eager scripts with their static imports (not chunks loaded on demand).
 * Used by the byte-budget tests and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Site paths of the eager scripts, for reporting. */
  scripts: string[];
}

export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

/** Eager scripts of a page and, recursively, their static `import … from "./x.js"` dependencies. */
function eagerScripts(dist: string, html: string): string[] {
  const found = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (found.has(path)) continue;
    found.add(path);
    const source = readFileSync(join(dist, path), 'utf8');
    for (const m of source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(new URL(m[1]!, `http://x${path}`).pathname);
    }
  }
  return [...found];
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = eagerScripts(dist, html);
  const sizeOf = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSize(readFileSync(join(dist, p))), 0);
  const weight = { html: gzipSize(html), css: sizeOf(styles), js: sizeOf(scripts) };
  return { ...weight, total: weight.html + weight.css + weight.js, scripts };
}

/**
 * The first window of a code page: its CSS and eager JS plus the HTML from the start up to the end
 * of the `#meaning` section, which is what a reader needs before the first answer shows.
 */
export function firstWindow(dist: string, htmlFile: string, sectionId = 'meaning'): PageWeight {
  const whole = pageWeight(dist, htmlFile);
  const html = readFileSync(htmlFile, 'utf8');
  const start = html.indexOf(`<section id="${sectionId}"`);
  if (start < 0) throw new Error(`${htmlFile}: no <section id="${sectionId}">`);
  // Walk the section tags from its opening one to its matching close.
  let depth = 0;
  for (const m of html.slice(start).matchAll(/<(\/?)section\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const end = start + m.index + '</section>'.length;
      const htmlBytes = gzipSize(html.slice(0, end));
      return { ...whole, html: htmlBytes, total: htmlBytes + whole.css + whole.js };
    }
  }
  throw new Error(`${htmlFile}: <section id="${sectionId}"> is never closed`);
}
