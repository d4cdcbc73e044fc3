/**
 * Status code constants as HTTP libraries define them, read from each library's own source at a
 * pinned release. The data lives in `src/data/constants/<library id>.ts`, one module per library;
 * this module holds the types and the pure checks, so unit tests can run them without a build.
 */

export const CONSTANT_LANGUAGES = ['python', 'go', 'java', 'csharp', 'javascript', 'typescript', 'rust', 'ruby', 'php', 'kotlin'] as const;
export type ConstantLanguage = (typeof CONSTANT_LANGUAGES)[number];

/** Where the constants were read: a file in a repository at a tag or commit. */
export interface ConstantSource {
  /** "golang/go", "python/cpython". */
  repo: string;
  /** "src/net/http/status.go". */
  path: string;
  /** The tag or commit read, such as "go1.25.0" or a 40-hex commit. */
  ref: string;
}

export interface ConstantLibrary {
  /** Stable id used in URLs, JSON (`constants` field) and data file names: "go-net-http". */
  id: string;
  /** What a developer calls it: "Go net/http". */
  name: string;
  language: ConstantLanguage;
  /** What `version` is a release of, as in "Go 1.25.0" or "Starlette 1.3.1": the language, framework or package. */
  product: string;
  /** The release whose source was read: "1.25.0". */
  version: string;
  source: ConstantSource;
  /** Node's http.STATUS_CODES maps numbers to reason phrases rather than naming constants. */
  kind: 'constant' | 'reason-phrase';
}

export interface LibraryConstant {
  code: number;
  /** Exactly as a user types it: "http.StatusTooManyRequests", ":too_many_requests", "'Too Many Requests'" for reason phrases. */
  name: string;
  /**
   * current: the name to use today. deprecated: still works but marked deprecated in source.
   * alias: a second current name for the same code. removed: gone from the pinned release but
   * present in earlier ones (kept so searches for it still land here).
   */
  status: 'current' | 'deprecated' | 'alias' | 'removed';
  /** For a name newer than the library's first releases: the release that added it ("3.13"). */
  addedIn?: string;
  /** Why it is marked, with the version: "renamed to CONTENT_TOO_LARGE in Python 3.13". */
  note?: string;
}

export interface LibraryConstants {
  library: ConstantLibrary;
  constants: readonly LibraryConstant[];
  /** Codes that have entries on the site but no constant in this library ("no constant: use 418"). */
  absent: readonly number[];
}

/** The release a library's row describes, such as "Go 1.27.4" or "Starlette 1.3.1". */
export const releaseOf = (library: Pick<ConstantLibrary, 'product' | 'version'>): string => `${library.product} ${library.version}`;

/** The same, shortened to the version when the library's name already says the product ("Go net/http" and "1.27.4"). */
export const releaseLabel = (library: Pick<ConstantLibrary, 'name' | 'product' | 'version'>): string =>
  library.name.includes(library.product) ? library.version : releaseOf(library);

/** A constant's note as shown, led by the release that added the name when there is one. */
export function constantNote(library: Pick<ConstantLibrary, 'product'>, constant: Pick<LibraryConstant, 'addedIn' | 'note'>): string {
  const added = constant.addedIn ? `Added in ${library.product} ${constant.addedIn}.` : '';
  return [added, constant.note ?? ''].filter(Boolean).join(' ');
}

/**
 * What a library's row says about one code: each name's note, except an alias's (its "(alias)" mark
 * says it) and a renamed current name's when the older name's own note already tells the rename.
 */
export function rowNote(library: Pick<ConstantLibrary, 'product'>, names: readonly LibraryConstant[]): string {
  const olderNoted = names.some((n) => (n.status === 'deprecated' || n.status === 'removed') && n.note);
  return names
    .filter((n) => n.status !== 'alias' && !(n.status === 'current' && n.addedIn && olderNoted))
    .map((n) => constantNote(library, n))
    .filter(Boolean)
    .join(' ');
}
