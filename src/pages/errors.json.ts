import type { APIRoute } from 'astro';
import { getAllErrorJson } from '../data/errors';
import { toErrorsJson } from '../lib/error-json';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(toErrorsJson(await getAllErrorJson(site!)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
