/**
 * Renders one kit page: a small, self-contained HTML document (inline CSS, no script, no font, no
 * outside request) that tells a visitor what happened and what they can do, and links to this
 * site's page about the code. The same markup and rules also draw the previews on /error-pages/,
 * inside the site's own page, so the preview cannot drift from what ships.
 */
import { createHash } from 'node:crypto';
import type { KitLanguage, KitPageText, KitUiText } from './text';
import { escapeHtml } from '../html';

/** The colours of one scheme, as the custom properties a site owner overrides to brand the pages. */
export interface KitPalette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  line: string;
}

/**
 * Neutral greys and one blue, each text colour at least 4.5:1 on its background in its scheme
 * (WCAG 2.2 AA; tests/unit/error-pages.test.ts computes the ratios). Light and dark set the
 * same properties, each under its own color scheme, so a site owner can change either.
 */
export const LIGHT: KitPalette = { bg: '#ffffff', text: '#1b1e23', muted: '#4a5260', accent: '#0b57d0', line: '#c9ced6' };
export const DARK: KitPalette = { bg: '#15181d', text: '#e7e9ec', muted: '#a8b0bc', accent: '#8ab4f8', line: '#3b424d' };

/** The custom properties a site owner sets to brand the pages, in the order the first rule sets them. */
export const CUSTOM_PROPERTIES: readonly { name: string; colour?: keyof KitPalette; description: string }[] = [
  { name: '--ep-bg', colour: 'bg', description: 'the background' },
  { name: '--ep-text', colour: 'text', description: 'the text' },
  { name: '--ep-muted', colour: 'muted', description: 'the “Error 404” line above the heading' },
  { name: '--ep-accent', colour: 'accent', description: 'links, and the outline of a link that has the keyboard focus' },
  { name: '--ep-line', colour: 'line', description: 'the rule above the links' },
  { name: '--ep-font', description: 'the font stack (system fonts; the pages load none)' },
];

const properties = (p: KitPalette) =>
  CUSTOM_PROPERTIES.filter((property) => property.colour !== undefined)
    .map((property) => `${property.name}:${p[property.colour!]}`)
    .join(';');

/**
 * The rules every page and every preview shares. They hang off the class `ep` and classes of their
 * own (never bare element names), so on this site's hub they beat the site's element styles and
 * touch nothing else.
 */
const SHARED_RULES = [
  '.ep{background:var(--ep-bg);color:var(--ep-text);font:1.0625rem/1.6 var(--ep-font);text-align:start}',
  '.ep *{box-sizing:border-box}',
  '.ep-main{max-width:36rem;margin:0 auto}',
  '.ep-site{margin:0 0 1.5rem;font-weight:700}',
  '.ep-code{margin:0 0 .25rem;color:var(--ep-muted);font-size:.9375rem;font-weight:600}',
  '.ep-title{margin:0 0 1rem;font-size:1.75rem;line-height:1.25;font-weight:700}',
  '.ep-text{margin:0 0 1rem}',
  '.ep-sub{margin:1.5rem 0 .5rem;font-size:1.125rem;line-height:1.4;font-weight:700}',
  '.ep-todo{margin:0 0 1.5rem;padding:0 0 0 1.25rem;list-style:disc}',
  '.ep-todo li{margin:0 0 .5rem}',
  '.ep-links{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0;padding:1rem 0 0;border-top:1px solid var(--ep-line);list-style:none}',
  '.ep a{color:var(--ep-accent);text-decoration:underline;text-underline-offset:.15em}',
  '.ep a:focus-visible{outline:3px solid var(--ep-accent);outline-offset:2px}',
  '.ep code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}',
];

const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Hiragino Sans",sans-serif';

/** The one inline style every kit page carries, identical in every language (one CSP hash for all). */
export const PAGE_CSS = [
  `.ep{${properties(LIGHT)};--ep-font:${FONT};color-scheme:light dark}`,
  `@media (prefers-color-scheme:dark){.ep{${properties(DARK)}}}`,
  ...SHARED_RULES,
  'body.ep{margin:0;padding:2.5rem 1.25rem;min-height:100vh}',
].join('\n');

/** The hub's preview rules: the same shared rules, with each preview pinned to one scheme. */
export const PREVIEW_CSS = [
  `.ep{--ep-font:${FONT};padding:1.5rem 1.25rem;border-radius:.5rem;border:1px solid var(--ep-line)}`,
  `.ep-light{${properties(LIGHT)};color-scheme:light}`,
  `.ep-dark{${properties(DARK)};color-scheme:dark}`,
  ...SHARED_RULES,
  '.ep .ep-title{font-size:1.375rem}',
  '.ep-link{color:var(--ep-accent);text-decoration:underline;text-underline-offset:.15em}',
].join('\n');

/** The whole text of the page's <style> element, newlines included: what a CSP hash covers. */
export const STYLE_TEXT = `\n${PAGE_CSS}\n`;

/** The CSP source expression that allows the inline style, for sites with a strict style-src. */
export function styleHash(text: string = STYLE_TEXT): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The one piece of inline Markdown the visitor items use, a code span (`?`), as HTML; everything
 * else is escaped text. Visitor items are plain words, so nothing more is needed.
 */
export function inlineHtml(text: string): string {
  return text
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** Where the page's "What does 404 mean?" link goes: the code's page with the visitor's advice first, or the class page. */
export function meaningUrl(page: KitPageText, site: URL | string): string {
  const path = page.status === undefined ? `/${page.key}/` : `/${page.key}/?for=visitor`;
  return new URL(path, site).toString();
}

function fill(template: string, page: KitPageText): string {
  return template.replace('{code}', page.key).replace('{class}', page.key);
}

export interface RenderOptions {
  language: KitLanguage;
  /** The `lang` attribute: the language, or a more precise tag such as "pt-BR". */
  htmlLang: string;
  site: URL | string;
  /**
   * Markup a platform's variant adds after the first paragraph: the token Cloudflare or Vercel
   * replaces with its request reference or error box. Built by this module's helpers, never from input.
   */
  extraHtml?: string;
}

/** A paragraph asking the visitor to quote a platform's request reference, which the platform fills in for the token. */
export function referenceHtml(ui: KitUiText, token: string): string {
  return `<p class="ep-text">${escapeHtml(ui.referenceLabel)} <code>${escapeHtml(token)}</code></p>`;
}

/** A block the platform replaces with its own markup (Cloudflare's error box). */
export function tokenBlockHtml(token: string): string {
  return `<div class="ep-text">${escapeHtml(token)}</div>`;
}

/** The line above the heading and the link to this site, in the page's language. */
function frameText(page: KitPageText, ui: KitUiText) {
  const generic = page.status === undefined;
  return {
    label: generic ? ui.genericLabel : fill(ui.errorLabel, page),
    meaning: fill(generic ? ui.classMeaningLink : ui.meaningLink, page),
  };
}

/** One kit page as a complete HTML document. */
export function renderKitPage(page: KitPageText, ui: KitUiText, options: RenderOptions): string {
  const { label, meaning } = frameText(page, ui);
  const englishTarget = options.language === 'en' ? '' : ' hreflang="en"';
  const inEnglish = ui.inEnglish ? ` ${escapeHtml(ui.inEnglish)}` : '';
  return `<!DOCTYPE html>
<html lang="${options.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(ui.titleFormat.replace('{label}', label).replace('{heading}', page.heading))}</title>
<!-- BRANDING: colours and font are the --ep-* custom properties in the first rule below. If your site
sends a Content-Security-Policy, allow this style by its hash; editing the style changes the hash. -->
<style>${STYLE_TEXT}</style>
</head>
<body class="ep">
<main class="ep-main">
<!-- SITE NAME: to show your site's name, put it in place of this comment as <p class="ep-site">Example Ltd</p> -->
<p class="ep-code">${escapeHtml(label)}</p>
<h1 class="ep-title">${inlineHtml(page.heading)}</h1>
<p class="ep-text">${inlineHtml(page.happened)}</p>
${options.extraHtml ? `${options.extraHtml}\n` : ''}<h2 class="ep-sub">${escapeHtml(ui.todoHeading)}</h2>
<ul class="ep-todo">
${page.todo.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}
</ul>
<ul class="ep-links">
<!-- HOME LINK: "/" is the root of your site; change it if your home page lives elsewhere. -->
<li><a href="/">${escapeHtml(ui.homeLink)}</a></li>
<!-- STATUS PAGE: to link your status page, take away the comment marks around the next line and put in its address.
<li><a href="https://status.example.com/">${escapeHtml(ui.statusLink)}</a></li>
-->
<li><a href="${escapeHtml(meaningUrl(page, options.site))}"${englishTarget}>${escapeHtml(meaning)}</a>${inEnglish}</li>
</ul>
</main>
</body>
</html>
`;
}

/**
 * The same page drawn inside another page: no document shell, the heading levels of the host page,
 * and no live links (a preview is a picture of the page, not a way to leave the hub).
 */
export function renderKitPreview(page: KitPageText, ui: KitUiText, scheme: 'light' | 'dark'): string {
  const { label, meaning } = frameText(page, ui);
  return `<div class="ep ep-${scheme}">
<div class="ep-main">
<p class="ep-code">${escapeHtml(label)}</p>
<p class="ep-title">${inlineHtml(page.heading)}</p>
<p class="ep-text">${inlineHtml(page.happened)}</p>
<p class="ep-sub">${escapeHtml(ui.todoHeading)}</p>
<ul class="ep-todo">
${page.todo.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}
</ul>
<ul class="ep-links">
<li><span class="ep-link">${escapeHtml(ui.homeLink)}</span></li>
<li><span class="ep-link">${escapeHtml(meaning)}</span></li>
</ul>
</div>
</div>`;
}
