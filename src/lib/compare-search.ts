/**
 * The search shortcut's answers for the decision guide and the comparison pages. It runs before
 * the number rule in src/lib/search-shortcut.ts, because "401 vs 403" holds two numbers and the
 * number rule would take the first.
 *
 * - Two or more known numbers joined by "vs", "or", "and", "versus", "difference", "compare"… (or
 *   nothing but numbers): the comparison of exactly those codes, else the smallest one that holds
 *   them all ("302 vs 307" opens 302 vs 303 vs 307). No comparison: no answer, and the usual rules go on.
 * - A question about which code to send, with no number in it: the guide, at the redirect or
 *   validation step when the question names one ("which redirect should i use").
 */
import { COMPARED_GROUPS } from './compare-groups';
import { choosePath, comparePath } from './urls';

export interface GuideLink {
  label: string;
  url: string;
}

const JOINERS = new Set([
  'vs',
  'v',
  'versus',
  'or',
  'and',
  'difference',
  'differences',
  'between',
  'compare',
  'compared',
  'comparison',
  'against',
]);
const FILLER = new Set(['http', 'https', 'status', 'code', 'codes', 'error', 'errors', 'response', 'the', 'a', 'an', 'what', 's', 'is']);

/** "Which status code should I return?": a which/what question about what to send. */
const ASKS_WHICH = /\b(?:which|what)\b.+\b(?:should|to|do)\b.+\b(?:return|use|send|pick|choose|respond|reply)\b/;
const ASKS_CHOOSE = /\b(?:choose|choosing|pick|picking)\b.+\b(?:status|code|redirect|response)\b/;
const ABOUT_STATUS = /\b(?:status|code|codes|redirect|redirection|error|response|http)\b/;

/** The guide steps a question can name, checked in order. */
const TOPICS: readonly { pattern: RegExp; step: string; label: string }[] = [
  { pattern: /\bredirect(s|ion)?\b/, step: 'redirect', label: 'Which redirect? The decision guide' },
  { pattern: /\bvalidation\b/, step: 'validation', label: '400 or 422 for validation errors? The decision guide' },
];

const plain = (text: string) =>
  text
    .slice(0, 200)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function guideShortcut(query: string): GuideLink | undefined {
  const text = plain(query);
  if (!text) return undefined;
  const numbers = [...new Set([...text.matchAll(/(?<!\d)\d{3}(?!\d)/g)].map((m) => Number(m[0])))];
  if (numbers.length >= 2) return comparisonFor(text, numbers);
  if (numbers.length > 0 || !ABOUT_STATUS.test(text) || !(ASKS_WHICH.test(text) || ASKS_CHOOSE.test(text))) return undefined;
  const topic = TOPICS.find((t) => t.pattern.test(text));
  return topic
    ? { label: topic.label, url: choosePath(topic.step) }
    : { label: 'Which status code should I return? The decision guide', url: choosePath() };
}

function comparisonFor(text: string, numbers: number[]): GuideLink | undefined {
  const words = text.split(' ').filter((w) => !/^\d+$/.test(w.replace(/vs/g, '')));
  const joined = words.some((w) => JOINERS.has(w)) || /\d{3}vs\d{3}/.test(text) || words.every((w) => FILLER.has(w));
  if (!joined) return undefined;
  const wanted = [...numbers].sort((a, b) => a - b);
  const group = COMPARED_GROUPS.filter((g) => wanted.every((n) => g.includes(n))).sort((a, b) => a.length - b.length)[0];
  if (!group) return undefined;
  return { label: `${group.join(' vs ')}: side by side`, url: comparePath(group) };
}
