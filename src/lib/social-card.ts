/**
 * The 1200 by 630 social card of a code page, drawn at build time from the entry's data with
 * satori (layout to SVG) and resvg (SVG to PNG). Fonts come from an npm package: no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

export interface CardFacts {
  code: string;
  title: string;
  summary: string;
  /** "4xx Client Error", or the unofficial sender line. */
  label: string;
  /** A CSS colour for the code number, from the class palette. */
  accent: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
});

/** The card as a satori element tree (plain objects, no JSX needed). */
export function cardTree(card: CardFacts): Node {
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px',
      background: '#101319',
      color: '#e8ebf0',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, width: 1056 }, [
        el('span', { color: '#a9b1bf' }, card.label),
        el('span', { color: '#8ab4ff' }, 'HTTP Status Reference'),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056, marginTop: 72 }, [
        el('div', { display: 'flex', fontSize: 150, fontWeight: 700, color: card.accent, lineHeight: 1 }, card.code),
        el('div', { fontSize: card.title.length > 28 ? 56 : 64, fontWeight: 700, marginTop: 12, lineHeight: 1.1, width: 1056 }, card.title),
        el('div', { fontSize: 32, color: '#c3c9d4', marginTop: 24, lineHeight: 1.35, width: 1056 }, card.summary),
      ]),
    ],
  );
}

export async function renderSocialCard(card: CardFacts): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: font('inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
