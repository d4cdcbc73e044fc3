import type { APIRoute } from 'astro';
import { getAllCodeJson } from '../data/codes';
import { toCodesJson } from '../lib/code-json';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(toCodesJson(await getAllCodeJson(site!)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
