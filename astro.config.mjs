// @ts-check
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import notFoundPage from './src/integrations/not-found-page.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { isReorderedComparePath } from './src/lib/compare-groups.ts';

// Canonical URLs, the sitemap and social tags need the public origin. Set SITE_URL when
// deploying; the default is a reserved .example name so nothing points at a stranger's host.
const site = process.env.SITE_URL ?? 'https://http-status-reference.example';

// Only pages worth indexing go in the sitemap: not the search page, not the not-found page (the
// build moves it to /404.html), not the small noindex pages for numbers without an entry (/471/),
// nor the pages that send /compare/403-vs-401/ on to /compare/401-vs-403/.
const documented = new Set(readdirSync('content/codes').map((file) => file.replace(/\.mdx$/, '')));
const inSitemap = (/** @type {string} */ page) => {
  const path = new URL(page).pathname;
  const number = /^\/(\d{3})\/$/.exec(path)?.[1];
  return path !== '/search/' && path !== '/not-found/' && (number === undefined || documented.has(number)) && !isReorderedComparePath(path);
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: inSitemap }), notFoundPage(), securityHeaders(), pagefindIndex()],
  markdown: {
    // Both themes' colours go out as CSS variables; global.css picks one per colour scheme.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  vite: { plugins: [tailwindcss()] },
});
