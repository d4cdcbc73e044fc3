/**
 * The 1200 by 630 social card of a code page as a satori element tree (plain objects, no JSX),
 * and the palette it is drawn in, read from the dark-scheme colour tokens of global.css so the card
 * and the site cannot drift apart. src/data/social-card.ts renders the tree to PNG.
 */

/** Dark-scheme colours of the card: the site's page, ink, muted and accent tokens, and the class colours. */
export interface CardPalette {
  page: string;
  ink: string;
  muted: string;
  accent: string;
  /** `--color-class-0` (no class, 000) to `--color-class-5`. */
  classes: string[];
}

/**
 * The dark value of each `--color-NAME: light-dark(light, dark);` token in a stylesheet. Throws
 * naming the token when one the card needs is missing, so a renamed token fails the build.
 */
export function cardPalette(css: string): CardPalette {
  const dark = (name: string) => {
    const match = new RegExp(`--color-${name}:\\s*light-dark\\(\\s*#[0-9a-f]{3,8}\\s*,\\s*(#[0-9a-f]{3,8})\\s*\\)`, 'i').exec(css);
    if (!match) throw new Error(`src/styles/global.css: no light-dark() colour token --color-${name} for the social card`);
    return match[1] as string;
  };
  return {
    page: dark('page'),
    ink: dark('ink'),
    muted: dark('muted'),
    accent: dark('accent'),
    classes: [0, 1, 2, 3, 4, 5].map((digit) => dark(`class-${digit}`)),
  };
}

export interface CardFacts {
  code: string;
  title: string;
  summary: string;
  /** "4xx Client Error", or the unofficial sender line. */
  label: string;
  /** The class's first digit, or 0 for a number outside the classes (000): picks the number's colour. */
  classDigit: number;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
});

/** The card as a satori element tree (plain objects, no JSX needed). */
export function cardTree(card: CardFacts, palette: CardPalette): Node {
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px',
      background: palette.page,
      color: palette.ink,
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, width: 1056 }, [
        el('span', { color: palette.muted }, card.label),
        el('span', { color: palette.accent }, 'HTTP Status Reference'),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056, marginTop: 72 }, [
        el(
          'div',
          { display: 'flex', fontSize: 150, fontWeight: 700, color: palette.classes[card.classDigit] ?? palette.ink, lineHeight: 1 },
          card.code,
        ),
        el('div', { fontSize: card.title.length > 28 ? 56 : 64, fontWeight: 700, marginTop: 12, lineHeight: 1.1, width: 1056 }, card.title),
        el('div', { fontSize: 32, color: palette.ink, marginTop: 24, lineHeight: 1.35, width: 1056 }, card.summary),
      ]),
    ],
  );
}
