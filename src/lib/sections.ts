/**
 * The sections of every code page, in order, with their permanent ids. People link to these
 * anchors from their error pages, so an id is never renamed; the list feeds the page's jump links,
 * the /linking/ page and the tests that check every anchor renders.
 */
import { AUDIENCES, type Audience } from './audience';

export interface CodePageSection {
  id: string;
  /** Short name for the jump links. */
  label: string;
  /** What the section holds, for /linking/. */
  description: string;
  /** Sections with a block per audience: the prefix of each block's id ("fix" gives fix-visitor). */
  audiencePrefix?: string;
}

/** The id of one audience's block in a section: audienceAnchor('fix', 'visitor') is "fix-visitor". */
export function audienceAnchor(prefix: string, audience: Audience): string {
  return `${prefix}-${audience}`;
}

export const CODE_PAGE_SECTIONS: readonly CodePageSection[] = [
  { id: 'meaning', label: 'Meaning', description: 'What the code means' },
  { id: 'behavior', label: 'Behaviour', description: 'How it behaves: headers, caching, a raw exchange' },
  { id: 'causes', label: 'Causes', description: 'Common causes', audiencePrefix: 'causes' },
  { id: 'fixes', label: 'Fixes', description: 'How to fix it', audiencePrefix: 'fix' },
  { id: 'in-code', label: 'In your code', description: 'Library constants, how to send it, what HTTP clients do with it' },
  { id: 'compare', label: 'Comparison', description: 'Comparison with the closest sibling' },
  { id: 'examples', label: 'Examples', description: 'Real-world examples' },
  { id: 'seo', label: 'SEO', description: 'SEO implications' },
  { id: 'faq', label: 'FAQ', description: 'Frequently asked questions' },
  { id: 'fun-fact', label: 'Fun fact', description: 'Fun fact' },
];

/** Shown only on numbers that other senders use differently (451, 499, 530…). */
export const OTHER_MEANINGS_SECTION: CodePageSection = {
  id: 'other-meanings',
  label: 'Other meanings',
  description: 'Other senders’ meanings of the same number, where there are any',
};

/** Every permanent anchor of a code page, audience blocks included, in page order. */
export const CODE_PAGE_ANCHORS: readonly string[] = CODE_PAGE_SECTIONS.flatMap((section) => [
  section.id,
  ...(section.audiencePrefix ? AUDIENCES.map((audience) => audienceAnchor(section.audiencePrefix!, audience)) : []),
]);
