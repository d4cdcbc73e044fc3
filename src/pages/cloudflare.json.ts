import type { APIRoute } from 'astro';
import { cloudflare } from '../data/cloudflare';

/** Every code of the family, entries and hub-only rows alike; the shape is /api/cloudflare.schema.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await cloudflare.json(site!), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
