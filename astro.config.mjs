// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind-index.ts';

// Canonical URLs, the sitemap and social tags need the public origin. Set SITE_URL when
// deploying; the default is a reserved .example name so nothing points at a stranger's host.
const site = process.env.SITE_URL ?? 'https://http-status-reference.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    // Both themes' colours go out as CSS variables; global.css picks one per colour scheme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  vite: { plugins: [tailwindcss()] },
});
