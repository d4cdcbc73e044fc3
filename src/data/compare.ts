/**
 * Page data for the comparison pages (/compare/401-vs-403/), their hub (/compare/), the small
 * pages that send other orders of the same numbers to the canonical URL, and the links from each
 * code page. The comparisons are checked against the entries first: one that names a code without
 * an entry fails the build, naming the comparison.
 */
import { COMPARISONS } from './comparisons';
import { getAllCodes, type CodeEntry } from './codes';
import { COMPARED_GROUPS } from '../lib/compare-groups';
import { assertSoundComparisons, derivedRows, otherOrders, type Comparison, type DerivedRow, type HandRow } from '../lib/comparisons';
import { formatCode } from '../lib/classes';
import { codePath, comparePath, compareSlug } from '../lib/urls';

let checked: readonly Comparison[] | undefined;

async function getComparisons(): Promise<readonly Comparison[]> {
  if (checked) return checked;
  const known = new Set((await getAllCodes()).map((entry) => entry.data.code));
  assertSoundComparisons(COMPARISONS, COMPARED_GROUPS, known);
  checked = COMPARISONS;
  return checked;
}

export interface ComparedCode {
  number: number;
  code: string;
  title: string;
  summary: string;
  url: string;
}

export interface ComparisonPage {
  slug: string;
  url: string;
  /** "401 vs 403". */
  name: string;
  summary: string;
  codes: ComparedCode[];
  question: HandRow;
  rows: readonly HandRow[];
  derived: DerivedRow[];
  verdict: { code: string; lead: string; when: string }[];
}

const byNumber = async (): Promise<Map<number, CodeEntry>> => new Map((await getAllCodes()).map((entry) => [entry.data.code, entry]));

/** Every comparison page, in the order of the hub. */
export async function getComparisonPages(): Promise<ComparisonPage[]> {
  const comparisons = await getComparisons();
  const entries = await byNumber();
  return comparisons.map((comparison) => {
    const data = comparison.codes.map((code) => entries.get(code)!.data);
    return {
      slug: compareSlug(comparison.codes),
      url: comparePath(comparison.codes),
      name: comparison.codes.map(formatCode).join(' vs '),
      summary: comparison.summary,
      codes: data.map((d) => ({ number: d.code, code: formatCode(d.code), title: d.title, summary: d.summary, url: codePath(d.code) })),
      question: comparison.question,
      rows: comparison.rows,
      derived: derivedRows(data),
      verdict: comparison.verdict.map((v) => ({ code: formatCode(v.code), lead: v.lead ?? 'Use', when: v.when })),
    };
  });
}

export interface ComparisonRedirect {
  /** The reordered slug, such as "403-vs-401". */
  slug: string;
  /** The canonical page. */
  url: string;
  name: string;
}

/** Every other order of each comparison's numbers, pointing at the canonical page. */
export async function getComparisonRedirects(): Promise<ComparisonRedirect[]> {
  return (await getComparisonPages()).flatMap((page) =>
    otherOrders(page.codes.map((c) => c.number)).map((slug) => ({ slug, url: page.url, name: page.name })),
  );
}

export interface ComparisonLink {
  url: string;
  name: string;
}

/** The comparison pages a code appears in, for its code page. */
export async function getComparisonLinks(code: number): Promise<ComparisonLink[]> {
  return (await getComparisonPages())
    .filter((page) => page.codes.some((c) => c.number === code))
    .map((page) => ({ url: page.url, name: page.name }));
}
