import type { APIRoute } from 'astro';
import { CODES_JSON_SCHEMA } from '../../lib/code-json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(CODES_JSON_SCHEMA, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
