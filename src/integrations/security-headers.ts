import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers';

/** Writes dist/_headers (CSP, nosniff, referrer and permissions policy, long cache for hashed assets). */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(`${fileURLToPath(dir)}_headers`, headersFile());
      },
    },
  };
}
