import type { APIRoute } from 'astro';

/** Generated so the sitemap line carries whatever SITE_URL the build used. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
