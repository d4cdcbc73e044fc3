/**
 * The HTTP headers the site should be served with, written to dist/_headers at build time
 * (the format Netlify and Cloudflare Pages read; README explains other hosts). One source for the
 * deployed headers and for the test server (which reads the written file), so what is tested is
 * what ships.
 */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './theme-script';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * No 'unsafe-inline' for scripts: only our own files and the hashed head script run.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'). It runs on the main thread (noWorker in
 * src/lib/search-config.ts), so no worker source is allowed beyond default-src.
 * Inline style attributes stay allowed: the highlighted code blocks colour tokens with them.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(THEME_SCRIPT)} 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface HeaderRule {
  /** A path pattern: exact, or ending in * for a prefix. */
  path: string;
  headers: Record<string, string>;
}

export function headerRules(): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    // File names with a content hash never change meaning: cache them for a year.
    { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: '/pagefind/*', headers: { 'Cache-Control': 'public, max-age=3600' } },
  ];
}

/** The rules in `_headers` format: a path line, then indented `Name: value` lines. */
export function headersFile(rules: HeaderRule[] = headerRules()): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n') + '\n';
}
