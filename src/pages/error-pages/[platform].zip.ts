import type { APIRoute, GetStaticPaths } from 'astro';
import { getKitZip } from '../../data/error-pages/kits';
import { KITS, type Kit } from '../../lib/error-pages/kit';

/** One kit per platform, /error-pages/nginx.zip and the rest, built with the site. */
export const getStaticPaths = (() => KITS.map((platform) => ({ params: { platform } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const bytes = await getKitZip(params.platform as Kit, site!);
  return new Response(bytes, { headers: { 'Content-Type': 'application/zip' } });
};
