import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished HTML in `astro:build:done`,
 * through Pagefind's Node API, so `astro build` alone yields a searchable site.
 * Only `<main data-pagefind-body>` of content pages is indexed (see the layouts).
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Raw HTTP exchanges, the facts panel and the request-path diagram repeat words every page
        // has; leaving them out keeps results relevant and the index and fragments smaller.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre', 'aside', '[data-request-path]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
