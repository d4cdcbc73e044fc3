/**
 * The Express kit's middleware, written out as a plain ES module with no dependencies: a not-found
 * handler and an error handler that answer with the kit's pages, keeping the status. It reads the
 * status and headers from the error the way Express's own final handler does (finalhandler 2.1.1,
 * README: `err.status` or `err.statusCode`, anything outside 400 to 599 becomes 500, `err.headers`
 * are sent). tests/dist/error-pages-servers.test.ts runs it inside Express 5.3.0.
 */
import type { KitCodeMap } from './code-map';
import { KIT_LANGUAGES } from './text';

export const EXPRESS_MODULE = 'express-error-pages.mjs';

export function expressModule({ guideUrl, map }: { guideUrl: string; map: KitCodeMap }): string {
  const languages = KIT_LANGUAGES.filter((language) => language !== 'en')
    .map((language) => `'${language}'`)
    .join(' | ');
  return `// Error-page kit for Express. Guide: ${guideUrl}
// Serves the kit's pages from the folder this file sits in (or \`folder\`), keeping the status,
// and the RFC 9457 problem details body to clients that ask for JSON.
//
//   import { errorPages } from './error-pages/${EXPRESS_MODULE}';
//   const pages = errorPages();              // English; errorPages({ language: 'de' }) for German
//   // ... your routes ...
//   app.use(pages.notFound);                 // after every route: nothing matched, so 404
//   app.use(pages.errorHandler);             // last: errors passed to next(err)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Codes with a page of their own; every other 4xx and 5xx gets its class's page. */
const PAGES = [${map.pages.join(', ')}];
const WANTS_JSON = /application\\/(problem\\+)?json/i;

/**
 * @param {{ folder?: string, language?: '' | ${languages} }} [options]
 *   folder: where the kit's files are (default: the folder of this file);
 *   language: '' for English (the folder's root) or a language's subfolder.
 */
export function errorPages({ folder = fileURLToPath(new URL('.', import.meta.url)), language = '' } = {}) {
  const dir = language ? join(folder, language) : folder;
  const pages = new Map();
  for (const key of [...PAGES.map(String), '4xx', '5xx']) {
    pages.set(key, { html: readFileSync(join(dir, \`\${key}.html\`), 'utf8'), json: JSON.parse(readFileSync(join(dir, \`\${key}.json\`), 'utf8')) });
  }

  /** Answers with the page for a status, as HTML or as problem+json, keeping the status. */
  function send(req, res, status) {
    const key = PAGES.includes(status) ? String(status) : status >= 500 ? '5xx' : '4xx';
    const page = pages.get(key);
    res.status(status);
    res.vary('Accept');
    if (WANTS_JSON.test(req.get('Accept') ?? '')) {
      // The class pages' bodies leave status out (one file, many codes); here it is known.
      const body = { type: page.json.type, title: page.json.title, status, detail: page.json.detail };
      res.type('application/problem+json').send(\`\${JSON.stringify(body, null, 2)}\\n\`);
    } else {
      res.type('html').send(page.html);
    }
  }

  return {
    /** Use after every route: a request nothing answered gets the 404 page. */
    notFound(req, res) {
      send(req, res, 404);
    },
    /** Use last. Reads the status as Express does: err.status or err.statusCode, 500 outside 400 to 599. */
    errorHandler(err, req, res, next) {
      if (res.headersSent) return next(err);
      const code = Number(err?.status ?? err?.statusCode);
      const status = Number.isInteger(code) && code >= 400 && code <= 599 ? code : 500;
      // Headers the error carries, such as Allow for 405 or Retry-After for 503.
      if (err?.headers && typeof err.headers === 'object') res.set(err.headers);
      send(req, res, status);
    },
  };
}
`;
}
