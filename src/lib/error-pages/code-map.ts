/**
 * Which page answers which status. Codes with a kit page get their own; every other assigned 4xx
 * and 5xx code in the IANA registry (as the entries record it) gets its class's generic page, so a
 * server config can list them and no error falls back to the server's stock page.
 */
import type { KitClass, KitPageKey } from './text';

export interface KitCodeMap {
  /** Codes with a page of their own, ascending. */
  pages: number[];
  /** The other codes each generic page answers, ascending. */
  generic: Record<KitClass, number[]>;
}

export function kitCodeMap(entries: readonly { code: number; registry: string }[], pageCodes: readonly number[]): KitCodeMap {
  const own = new Set(pageCodes);
  const others = (first: number) =>
    entries
      .filter((entry) => entry.registry === 'assigned' && Math.floor(entry.code / 100) === first && !own.has(entry.code))
      .map((entry) => entry.code)
      .sort((a, b) => a - b);
  return { pages: [...pageCodes].sort((a, b) => a - b), generic: { '4xx': others(4), '5xx': others(5) } };
}

/** Every code the kit answers, ascending. */
export function allKitCodes(map: KitCodeMap): number[] {
  return [...map.pages, ...map.generic['4xx'], ...map.generic['5xx']].sort((a, b) => a - b);
}

/** The page that answers a code: its own, or its class's. */
export function pageFor(code: number, map: KitCodeMap): KitPageKey {
  if (map.pages.includes(code)) return `${code}`;
  return code >= 500 ? '5xx' : '4xx';
}

/** The same map without some codes, for a server that cannot or must not answer them with a page. */
export function withoutCodes(map: KitCodeMap, codes: readonly number[]): KitCodeMap {
  const keep = (list: number[]) => list.filter((code) => !codes.includes(code));
  return { pages: keep(map.pages), generic: { '4xx': keep(map.generic['4xx']), '5xx': keep(map.generic['5xx']) } };
}
