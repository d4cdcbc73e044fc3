import type { APIRoute } from 'astro';
import { getAllCodes } from '../data/codes';
import { withConstantKeys } from '../data/in-code';
import { getShortcutPages } from '../data/search-pages';
import { toShortcutCode, type ShortcutIndex } from '../lib/search-shortcut';

/** The map the search's exact-match step loads on first use (small: numbers, titles and names). */
export const GET: APIRoute = async () => {
  const index: ShortcutIndex = {
    codes: (await getAllCodes()).map(({ data }) => withConstantKeys(toShortcutCode(data))),
    pages: await getShortcutPages(),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
