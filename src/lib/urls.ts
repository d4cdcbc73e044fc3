/** Every public URL the site promises is built here, so a route and its links cannot drift apart. */
import type { ClassSlug } from './classes';
import { formatCode } from './classes';

export type Audience = 'builder' | 'consumer' | 'visitor';

export const AUDIENCES: readonly Audience[] = ['builder', 'consumer', 'visitor'];

export function codePath(code: number): string {
  return `/${formatCode(code)}/`;
}

export function classPath(slug: ClassSlug): string {
  return `/${slug}/`;
}

export function codeJsonPath(code: number): string {
  return `/${formatCode(code)}.json`;
}

/** A deep link to one section of a code page, e.g. /407/#fix-visitor. */
export function sectionPath(code: number, sectionId: string): string {
  return `${codePath(code)}#${sectionId}`;
}

/** A code page with one audience's causes and fixes put first. */
export function audiencePath(code: number, audience: Audience): string {
  return `${codePath(code)}?for=${audience}`;
}

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).toString();
}
