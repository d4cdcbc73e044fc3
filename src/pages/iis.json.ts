import type { APIRoute } from 'astro';
import { iis } from '../data/iis';

/** Every code of the family, entries and hub-only rows alike; the shape is /api/iis.schema.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await iis.json(site!), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
