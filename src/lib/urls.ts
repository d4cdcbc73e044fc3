/** Every public URL the site promises is built here, so a route and its links cannot drift apart. */
import type { Audience } from './audience';
import type { ClassSlug } from './classes';
import { formatCode } from './classes';
import type { VendorFamily } from './vendor-code-schema';

export function codePath(code: number): string {
  return `/${formatCode(code)}/`;
}

export function classPath(slug: ClassSlug): string {
  return `/${slug}/`;
}

/** A code page with one audience's causes and fixes put first. */
export function audiencePath(code: number, audience: Audience): string {
  return `${codePath(code)}?for=${audience}`;
}

/** The decision guide: /choose/ for its first step, /choose/<id>/ for every other step. */
export function choosePath(stepId?: string): string {
  return stepId === undefined ? '/choose/' : `/choose/${stepId}/`;
}

/** A comparison page; the numbers always go in ascending order, whatever order they come in. */
export function comparePath(codes: readonly number[]): string {
  return `/compare/${compareSlug(codes)}/`;
}

/** "401-vs-403" for 401 and 403; pass `ascending: false` to keep the given order (redirect pages). */
export function compareSlug(codes: readonly number[], ascending = true): string {
  const ordered = ascending ? [...codes].sort((a, b) => a - b) : [...codes];
  return ordered.map(formatCode).join('-vs-');
}

export const COMPARE_HUB_PATH = '/compare/';

/** The matrix of every code's constant in every library. */
export function constantsPath(): string {
  return '/constants/';
}

/** The "what sent this?" tool, and the data it loads on first use. */
export function diagnosePath(): string {
  return '/diagnose/';
}

export function diagnoseFactsPath(): string {
  return '/diagnose-facts.json';
}

/** The browser and curl errors: the hub, one page per failure, and the data. */
export const ERRORS_HUB_PATH = '/errors/';

export function errorPath(slug: string): string {
  return `${ERRORS_HUB_PATH}${slug}/`;
}

export const ERRORS_JSON_PATH = '/errors.json';

export const ERRORS_SCHEMA_PATH = '/api/errors.schema.json';

/** A family's hub, listing every code its vendor documents: /cloudflare/, /iis/. */
export function vendorHubPath(family: VendorFamily): string {
  return `/${family}/`;
}

/** One code's page: /cloudflare/1020/, /iis/500.19/ (the IIS dot stays). */
export function vendorCodePath(family: VendorFamily, code: string): string {
  return `/${family}/${code}/`;
}

/** A code's row on its family hub, for codes with no page of their own: /cloudflare/#1019. */
export function vendorHubRowPath(family: VendorFamily, code: string): string {
  return `${vendorHubPath(family)}#${code}`;
}

/** An anchor on a code's page: a meaning (/iis/502.5/#ancm) or an HRESULT (/iis/500.19/#0x8007000d). */
export function vendorAnchorPath(family: VendorFamily, code: string, anchor: string): string {
  return `${vendorCodePath(family, code)}#${anchor}`;
}

/** Every row of a family as JSON (/cloudflare.json) and its JSON Schema (/api/cloudflare.schema.json). */
export function vendorJsonPath(family: VendorFamily): string {
  return `/${family}.json`;
}

export function vendorJsonSchemaPath(family: VendorFamily): string {
  return `/api/${family}.schema.json`;
}

/** The error-page kits: the hub, each platform's guide, and each platform's zip. */
export function errorPagesPath(platform?: string): string {
  return platform === undefined ? '/error-pages/' : `/error-pages/${platform}/`;
}

/** A code's kit page as previewed on the hub. */
export function errorPagesPreviewPath(code: number): string {
  return `/error-pages/#preview-${code}`;
}

export function errorPagesZipPath(platform: string): string {
  return `/error-pages/${platform}.zip`;
}

/** The page of senders, and one sender's card on it (registry id, such as "cloudflare"). */
export const SENDERS_PATH = '/senders/';

export function senderAnchor(senderId: string): string {
  return `sender-${senderId}`;
}

export function senderPath(senderId: string): string {
  return `${SENDERS_PATH}#${senderAnchor(senderId)}`;
}
