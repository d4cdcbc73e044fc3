import type { APIRoute } from 'astro';
import { getAllCodes } from '../data/codes';
import type { ShortcutCode } from '../lib/search-shortcut';

/** The map the search's exact-match step loads on first use (small: numbers, titles and names). */
export const GET: APIRoute = async () => {
  const codes: ShortcutCode[] = (await getAllCodes()).map(({ data }) => ({
    code: data.code,
    title: data.title,
    formerNames: data.formerNames,
    aliases: data.aliases,
    unofficial: data.registry === 'unofficial',
  }));
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
