import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllCodes, type CodeEntry } from '../../data/codes';
import { classOf, formatCode } from '../../lib/classes';
import { renderSocialCard } from '../../lib/social-card';

export const getStaticPaths = (async () => {
  const entries = await getAllCodes();
  return entries.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** Dark-scheme class colours from global.css, for the big number on the card. */
const ACCENTS = ['#8ab4ff', '#6ee7a0', '#d8b4fe', '#fdba74', '#fca5a5'];

export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props }) => {
  const { data } = props.entry;
  const statusClass = classOf(data.code);
  const png = await renderSocialCard({
    code: formatCode(data.code),
    title: data.title,
    summary: data.summary,
    label: data.sender ? `Unofficial: sent by ${data.sender}` : statusClass ? `${statusClass.slug} ${statusClass.name}` : 'No status',
    accent: statusClass ? ACCENTS[statusClass.digit - 1]! : '#a9b1bf',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
