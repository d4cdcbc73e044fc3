import type { APIRoute, GetStaticPaths } from 'astro';
import { entryToJson, getAllCodes, type CodeEntry } from '../data/codes';

export const getStaticPaths = (async () => {
  const entries = await getAllCodes();
  return entries.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeEntry }> = ({ props, site }) =>
  new Response(JSON.stringify(entryToJson(props.entry, site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
