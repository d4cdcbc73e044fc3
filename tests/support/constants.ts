/**
 * Pure checks over the library constant tables (src/data/constants), for tests/unit/constants.test.ts.
 * Each returns a list of problems, every one naming the library and the code, so a failing test
 * says exactly what to fix.
 */
import type { ConstantLanguage, LibraryConstants } from '../../src/lib/library-constants';

/** A dotted chain of identifiers: `HTTPStatus.OK`, `status.HTTP_200_OK`, `Response.HTTP_OK`. */
const dotted = (identifier: string) => new RegExp(`^${identifier}(?:\\.${identifier})*$`);
const plainIdentifier = '[A-Za-z_][A-Za-z0-9_]*';

/**
 * What a constant looks like, as a user types it, in each language. These are deliberately
 * narrow: each matches the forms the libraries here use, so a typo or a stray space fails.
 */
export const EXPRESSION_BY_LANGUAGE: Readonly<Record<ConstantLanguage, RegExp>> = {
  python: dotted(plainIdentifier),
  // A package-qualified exported identifier: http.StatusOK.
  go: /^[a-z][a-z0-9]*\.[A-Z][A-Za-z0-9_]*$/,
  java: dotted('[A-Za-z_$][A-Za-z0-9_$]*'),
  csharp: dotted(plainIdentifier),
  javascript: dotted('[A-Za-z_$][A-Za-z0-9_$]*'),
  typescript: dotted('[A-Za-z_$][A-Za-z0-9_$]*'),
  // A path of identifiers joined by `::`: StatusCode::OK.
  rust: /^[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)+$/,
  // A symbol literal: :too_many_requests.
  ruby: /^:[a-z_][a-z0-9_]*$/,
  // A class constant, optionally namespace-qualified: Response::HTTP_OK.
  php: /^\\?[A-Za-z_][A-Za-z0-9_]*(?:\\[A-Za-z_][A-Za-z0-9_]*)*::[A-Za-z_][A-Za-z0-9_]*$/,
  kotlin: dotted(plainIdentifier),
};

/** A reason phrase written as a double-quoted JavaScript string with nothing to escape: "Too Many Requests". */
export const REASON_PHRASE_LITERAL = /^"[\x20-\x21\x23-\x5b\x5d-\x7e]+"$/;

/** Names that work in the pinned release; `removed` names are kept only so searches for them land. */
export const isUsable = (status: LibraryConstants['constants'][number]['status']) => status !== 'removed';

/** Codes that have a working name in the library's pinned release. */
export function usableCodes(table: LibraryConstants): Set<number> {
  return new Set(table.constants.filter((c) => isUsable(c.status)).map((c) => c.code));
}

export function duplicateLibraryIds(tables: readonly LibraryConstants[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { library } of tables) {
    if (seen.has(library.id)) problems.push(`library id "${library.id}" is used by more than one table`);
    seen.add(library.id);
  }
  return problems;
}

/** Every code in a table, constant or absent, must have an entry in content/codes. */
export function codesWithoutEntry(table: LibraryConstants, entryCodes: ReadonlySet<number>): string[] {
  const id = table.library.id;
  return [
    ...table.constants
      .filter((c) => !entryCodes.has(c.code))
      .map((c) => `${id}: ${c.name} is for ${c.code}, which has no entry in content/codes`),
    ...table.absent
      .filter((code) => !entryCodes.has(code))
      .map((code) => `${id}: absent lists ${code}, which has no entry in content/codes`),
  ];
}

/** Each wanted code has a working constant or is listed as absent; never both, and absent has no repeats. */
export function coverageProblems(table: LibraryConstants, wanted: Iterable<number>): string[] {
  const id = table.library.id;
  const usable = usableCodes(table);
  const absent = new Set(table.absent);
  const problems: string[] = [];
  for (const code of wanted) {
    if (!usable.has(code) && !absent.has(code)) problems.push(`${id}: ${code} has no constant and is not listed in absent`);
  }
  for (const code of absent) {
    if (usable.has(code)) problems.push(`${id}: ${code} is listed in absent but has a constant`);
  }
  if (absent.size !== table.absent.length) problems.push(`${id}: absent lists a code twice`);
  return problems;
}

export function invalidExpressions(table: LibraryConstants): string[] {
  const { id, kind, language } = table.library;
  const pattern = kind === 'reason-phrase' ? REASON_PHRASE_LITERAL : EXPRESSION_BY_LANGUAGE[language];
  return table.constants
    .filter((c) => !pattern.test(c.name))
    .map(
      (c) =>
        `${id}: ${c.code} ${JSON.stringify(c.name)} is not a valid ${kind === 'reason-phrase' ? 'reason phrase literal' : language} expression`,
    );
}

export function duplicateNames(table: LibraryConstants): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const c of table.constants) {
    if (seen.has(c.name)) problems.push(`${table.library.id}: ${c.name} (${c.code}) is listed twice`);
    seen.add(c.name);
  }
  return problems;
}

/** Renamed, deprecated, alias and removed names must say why, with the version that changed them. */
export function undocumentedChanges(table: LibraryConstants): string[] {
  return table.constants
    .filter((c) => c.status !== 'current' && !/\d+\.\d+/.test(c.note ?? ''))
    .map((c) => `${table.library.id}: ${c.code} ${c.name} is ${c.status} but its note gives no version`);
}

/** Compares dotted version strings numerically: "3.13.5" > "3.11.7". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
