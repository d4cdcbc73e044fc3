import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllCodes, type CodeEntry } from '../../data/codes';
import { renderSocialCard } from '../../data/social-card';
import { classOf, formatCode } from '../../lib/classes';

export const getStaticPaths = (async () => {
  const entries = await getAllCodes();
  return entries.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props }) => {
  const { data } = props.entry;
  const statusClass = classOf(data.code);
  const png = await renderSocialCard({
    code: formatCode(data.code),
    title: data.title,
    summary: data.summary,
    label: data.sender ? `Unofficial: sent by ${data.sender}` : statusClass ? `${statusClass.slug} ${statusClass.name}` : 'No status',
    classDigit: statusClass?.digit ?? 0,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
