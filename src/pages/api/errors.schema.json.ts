import type { APIRoute } from 'astro';
import { ERRORS_JSON_SCHEMA } from '../../lib/error-json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(ERRORS_JSON_SCHEMA, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
