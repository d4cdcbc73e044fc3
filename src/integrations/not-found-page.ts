import type { AstroIntegration } from 'astro';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Static hosts serve /404.html for unknown paths, but /404/ is also a real page here (the 404 Not
 * Found code), and Astro reserves a page named 404 for its error page. So the not-found page is
 * built as /not-found/ and moved to /404.html once the build is done.
 */
export default function notFoundPage(): AstroIntegration {
  return {
    name: 'not-found-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await rename(`${out}not-found/index.html`, `${out}404.html`);
        await rm(`${out}not-found`, { recursive: true });
      },
    },
  };
}
