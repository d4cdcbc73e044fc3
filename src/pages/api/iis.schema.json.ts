import type { APIRoute } from 'astro';
import { vendorJsonSchemaDocument } from '../../lib/vendor-code-json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(vendorJsonSchemaDocument('iis'), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
