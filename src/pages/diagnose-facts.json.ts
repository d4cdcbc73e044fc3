import type { APIRoute } from 'astro';
import { getDiagnoseFacts } from '../data/diagnose-facts';

/** What the /diagnose/ tool knows about each code (title, summary, header rules), loaded on first use. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getDiagnoseFacts()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
