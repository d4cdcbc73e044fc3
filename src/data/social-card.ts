/**
 * Draws a code's social card at build time: the tree from src/lib/social-card.ts laid out to SVG
 * by satori and rasterised by resvg. The fonts come from an npm package and the colours from
 * global.css, both read from disk here, so nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardPalette, cardTree, type CardFacts } from '../lib/social-card';
import globalCss from '../styles/global.css?raw';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const palette = cardPalette(globalCss);

export async function renderSocialCard(card: CardFacts): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: font('inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  const svg = await satori(cardTree(card, palette) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
