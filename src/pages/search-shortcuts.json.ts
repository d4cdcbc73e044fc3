import type { APIRoute } from 'astro';
import { getAllCodes } from '../data/codes';
import { withConstantKeys } from '../data/in-code';
import { toShortcutCode } from '../lib/search-shortcut';

/** The map the search's exact-match step loads on first use (small: numbers, titles and names). */
export const GET: APIRoute = async () => {
  const codes = (await getAllCodes()).map(({ data }) => withConstantKeys(toShortcutCode(data)));
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
