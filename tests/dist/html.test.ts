/** The built HTML is valid, has one h1, headings in order, and alt text on every image. */
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlPages, read } from '../support/dist-files';

const pages = htmlPages();

test('every page validates', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Shiki colours each token of a code block with a style attribute (its light and dark colours
      // as CSS variables); that is the only inline style the site ships.
      'no-inline-style': 'off',
    },
  });
  const problems: string[] = [];
  for (const [path, file] of pages) {
    const report = await validator.validateString(read(file), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
});

test('every page has one h1, headings that never skip a level, and images with alt text', () => {
  const problems: string[] = [];
  for (const [path, file] of pages) {
    const html = read(file);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1 elements`);
    levels.forEach((level, i) => {
      if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${path}: h${levels[i - 1]} then h${level}`);
    });
    for (const img of html.matchAll(/<img\s[^>]*>/g)) if (!/\salt="/.test(img[0])) problems.push(`${path}: <img> without alt`);
  }
  expect(problems).toEqual([]);
});
