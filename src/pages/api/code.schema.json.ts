import type { APIRoute } from 'astro';
import { CODE_JSON_SCHEMA } from '../../lib/code-json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(CODE_JSON_SCHEMA, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
