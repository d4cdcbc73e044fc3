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

/** A code page with one audience's causes and fixes put first. */
export function audiencePath(code: number, audience: Audience): string {
  return `${codePath(code)}?for=${audience}`;
}

/** The "what sent this?" tool, and the data it loads on first use. */
export function diagnosePath(): string {
  return '/diagnose/';
}

export function diagnoseFactsPath(): string {
  return '/diagnose-facts.json';
}
