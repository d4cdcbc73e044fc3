/**
 * Comparison pages (/compare/401-vs-403/): the schema of their hand-written part, the checks that
 * keep them sound, and the rows derived from entry data.
 *
 * A comparison, in `src/data/comparisons.ts`:
 * - `codes`: two or more status codes in ascending order; each must have an entry in content/codes.
 *   The URL lists them in the same order: /compare/301-vs-302-vs-303/.
 * - `summary`: one sentence on what tells them apart, for the hub and the meta description.
 * - `question`: the distinguishing question, with one answer per code (in `codes` order); it is
 *   the table's first row.
 * - `rows`: more hand-written rows in the same shape, after the question. Cells are inline Markdown.
 * - `verdict`: one `{ code, when }` per code, read as "Use 401 when …" (or `lead` instead of "Use",
 *   such as "Expect 522 when …" for codes a vendor sends, not you).
 *
 * Rows that entry data can answer are not written by hand but derived here: required headers,
 * related headers, heuristic cacheability, retry advice, who usually sends the code, what reaches
 * the client (when one of the codes does not arrive as itself), and for redirects whether the
 * method may change, from the small fact table below.
 */
import type { CodeData } from './code-schema';
import { RETRY_LABELS } from './facts';
import { HOP_LABELS } from './request-path';
import { compareSlug } from './urls';

export interface HandRow {
  aspect: string;
  /** One cell per code, in the comparison's `codes` order. Inline Markdown. */
  values: readonly string[];
}

export interface Comparison {
  codes: readonly number[];
  summary: string;
  question: HandRow;
  rows: readonly HandRow[];
  /** Read as "Use 401 when …"; `lead` replaces "Use" for codes nobody sends on purpose ("Expect 522 when …"). */
  verdict: readonly { code: number; when: string; lead?: string }[];
}

/** Every problem with the comparisons, each naming the comparison; empty when sound. */
export function comparisonProblems(
  comparisons: readonly Comparison[],
  published: readonly (readonly number[])[],
  knownCodes: ReadonlySet<number>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const comparison of comparisons) {
    const slug = comparison.codes.join('-vs-');
    const where = `comparison ${slug}`;
    const { codes } = comparison;
    if (codes.length < 2) problems.push(`${where}: compare at least 2 codes`);
    if (codes.some((code, i) => i > 0 && code <= codes[i - 1]!)) problems.push(`${where}: list the codes in ascending order, each once`);
    for (const code of codes) if (!knownCodes.has(code)) problems.push(`${where}: code ${code} has no entry in content/codes`);
    if (seen.has(slug)) problems.push(`${where}: defined twice`);
    seen.add(slug);
    for (const row of [comparison.question, ...comparison.rows]) {
      if (row.values.length !== codes.length) {
        problems.push(`${where}, row "${row.aspect}": give ${codes.length} values, one per code, not ${row.values.length}`);
      }
      if (row.values.some((value) => !value.trim())) problems.push(`${where}, row "${row.aspect}": a value is empty`);
    }
    if (!comparison.question.aspect.trim().endsWith('?'))
      problems.push(`${where}: the first row must be the question that tells the codes apart`);
    const verdictCodes = comparison.verdict.map((v) => v.code);
    if (verdictCodes.join() !== codes.join()) {
      problems.push(`${where}: the verdict must say when to use each code, in order (${codes.join(', ')}), not ${verdictCodes.join(', ')}`);
    }
  }
  const publishedSlugs = new Set(published.map((group) => group.join('-vs-')));
  for (const slug of publishedSlugs)
    if (!seen.has(slug)) problems.push(`comparison ${slug}: listed in src/lib/compare-groups.ts but not written`);
  for (const slug of seen)
    if (!publishedSlugs.has(slug)) problems.push(`comparison ${slug}: written but missing from src/lib/compare-groups.ts`);
  return problems;
}

export function assertSoundComparisons(
  comparisons: readonly Comparison[],
  published: readonly (readonly number[])[],
  knownCodes: ReadonlySet<number>,
  file = 'src/data/comparisons.ts',
): void {
  const problems = comparisonProblems(comparisons, published, knownCodes);
  if (problems.length > 0) throw new Error(`${file}: the comparisons are broken:\n- ${problems.join('\n- ')}`);
}

export interface SpecSection {
  title: string;
  url: string;
}

/**
 * What happens to the request method when a client follows each redirect. The entries carry no
 * field for it, so the facts live here with their sections.
 */
export const REDIRECT_METHOD: Readonly<Record<number, { text: string; value: string; spec: SpecSection }>> = {
  301: {
    text: 'May change: clients may turn a POST into a GET',
    value: 'may-change',
    spec: { title: 'RFC 9110, section 15.4.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2' },
  },
  302: {
    text: 'May change: clients may turn a POST into a GET',
    value: 'may-change',
    spec: { title: 'RFC 9110, section 15.4.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3' },
  },
  303: {
    text: 'Becomes GET (or HEAD), whatever it was',
    value: 'becomes-get',
    spec: { title: 'RFC 9110, section 15.4.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4' },
  },
  307: {
    text: 'Must not change',
    value: 'kept',
    spec: { title: 'RFC 9110, section 15.4.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8' },
  },
  308: {
    text: 'Kept: defined as method-preserving',
    value: 'kept',
    spec: { title: 'RFC 9110, section 15.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4' },
  },
};

/** The entry fields a derived row reads. */
export type EntryFacts = Pick<CodeData, 'code' | 'cacheable' | 'retry' | 'origin' | 'clientSees' | 'sender'> & {
  headers: Pick<CodeData['headers'], 'required' | 'optional'>;
};

export type DerivedKey = 'required-headers' | 'related-headers' | 'cacheable' | 'retry' | 'sender' | 'client-sees' | 'method';

export interface DerivedCell {
  /** What the reader sees. */
  text: string;
  /** The raw entry value behind it, for tests that compare the table with the entries. */
  value: string;
  /** For headers: the names, shown as code. */
  names?: readonly string[];
  spec?: SpecSection;
}

export interface DerivedRow {
  key: DerivedKey;
  aspect: string;
  /** A section that defines the aspect itself, such as RFC 9110 section 15.1 for cacheability. */
  aspectSpec?: SpecSection;
  cells: DerivedCell[];
}

const CLIENT_SEES_LABELS: Record<CodeData['clientSees'], string> = {
  'this-code': 'This code',
  'no-response': 'No response: the connection is closed',
  'log-only': 'Nothing: the client has already gone, so the code exists only in the server’s log',
  'status-400': 'A 400 Bad Request',
  'no-status': 'No status at all',
};

const headerCell = (names: readonly string[], none: string): DerivedCell =>
  names.length > 0 ? { text: names.join(', '), value: names.join(', '), names } : { text: none, value: '' };

/** The rows entry data answers, for the codes in the order given. */
export function derivedRows(entries: readonly EntryFacts[]): DerivedRow[] {
  const rows: DerivedRow[] = [];
  if (entries.every((e) => REDIRECT_METHOD[e.code])) {
    rows.push({
      key: 'method',
      aspect: 'The method on the next request',
      cells: entries.map((e) => {
        const fact = REDIRECT_METHOD[e.code]!;
        return { text: fact.text, value: fact.value, spec: fact.spec };
      }),
    });
  }
  rows.push(
    { key: 'required-headers', aspect: 'Headers the spec requires', cells: entries.map((e) => headerCell(e.headers.required, 'None')) },
    { key: 'related-headers', aspect: 'Related headers', cells: entries.map((e) => headerCell(e.headers.optional, 'None')) },
    {
      key: 'cacheable',
      aspect: 'Cacheable by default',
      aspectSpec: { title: 'RFC 9110, section 15.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.1' },
      cells: entries.map((e) => ({ text: e.cacheable ? 'Yes, heuristically' : 'No', value: String(e.cacheable) })),
    },
    { key: 'retry', aspect: 'Should the client retry?', cells: entries.map((e) => ({ text: RETRY_LABELS[e.retry], value: e.retry })) },
    {
      key: 'sender',
      aspect: 'Usually sent by',
      cells: entries.map((e) => ({ text: e.sender ?? HOP_LABELS[e.origin], value: e.sender ?? e.origin })),
    },
  );
  if (entries.some((e) => e.clientSees !== 'this-code')) {
    rows.push({
      key: 'client-sees',
      aspect: 'What reaches the client',
      cells: entries.map((e) => ({ text: CLIENT_SEES_LABELS[e.clientSees], value: e.clientSees })),
    });
  }
  return rows;
}

/**
 * The reordered URLs that lead to the canonical page: every other order of a pair or a group of
 * three, and only the descending order of larger groups (a five-code group has 119 other orders,
 * and nobody types them; search finds the page from any order).
 */
export function otherOrders(codes: readonly number[]): string[] {
  const ascending = [...codes].sort((a, b) => a - b);
  if (ascending.length > 3) return [compareSlug([...ascending].reverse(), false)];
  const orders: number[][] = [];
  const permute = (rest: number[], prefix: number[]) => {
    if (rest.length === 0) orders.push(prefix);
    rest.forEach((code, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, code]));
  };
  permute(ascending, []);
  const canonical = compareSlug(ascending);
  return orders.map((order) => compareSlug(order, false)).filter((slug) => slug !== canonical);
}
