/** Every public URL the site promises is built here, so a route and its links cannot drift apart. */
import type { Audience } from './audience';
import type { ClassSlug } from './classes';
import { formatCode } from './classes';

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

/** The page of senders, and one sender's card on it (registry id, such as "cloudflare"). */
export const SENDERS_PATH = '/senders/';

export function senderAnchor(senderId: string): string {
  return `sender-${senderId}`;
}

export function senderPath(senderId: string): string {
  return `${SENDERS_PATH}#${senderAnchor(senderId)}`;
}
