/**
 * The part of each code entry the diagnosis needs, in a compact shape the page ships to the browser.
 * Built from the collection at build time (src/data/diagnose-facts.ts) and, in tests, from the raw
 * entries, so the rules always read the entries' own data and never a second hand-kept list.
 */
export interface CodeFact {
  code: number;
  title: string;
  summary: string;
  registry: string;
  /** Who sends an unofficial code, as the entry names it. */
  sender?: string;
  /** Header names the spec requires (MUST) with this code. */
  required: string[];
  /** Header names the spec relates to the code (SHOULD or MAY). */
  optional: string[];
  /** Header names the spec forbids with this code. */
  prohibited: string[];
  /** Heuristically cacheable by default (RFC 9110 section 15.1). */
  cacheable: boolean;
  clientSees: string;
  /** The first defining document's exact section link. */
  spec: string;
}

/** Facts by code number, as the page receives them. */
export type DiagnoseFacts = Record<string, CodeFact>;

interface EntryData {
  code: number;
  title: string;
  summary: string;
  registry: string;
  sender?: string | undefined;
  headers?: { required?: string[] | undefined; optional?: string[] | undefined; prohibited?: string[] | undefined } | undefined;
  cacheable: boolean;
  clientSees?: string | undefined;
  spec: { url: string }[];
}

export function toCodeFact(data: EntryData): CodeFact {
  return {
    code: data.code,
    title: data.title,
    summary: data.summary,
    registry: data.registry,
    ...(data.sender ? { sender: data.sender } : {}),
    required: data.headers?.required ?? [],
    optional: data.headers?.optional ?? [],
    prohibited: data.headers?.prohibited ?? [],
    cacheable: data.cacheable,
    clientSees: data.clientSees ?? 'this-code',
    spec: data.spec[0]?.url ?? '',
  };
}

export function toDiagnoseFacts(entries: readonly EntryData[]): DiagnoseFacts {
  return Object.fromEntries(entries.map((data) => [String(data.code), toCodeFact(data)]));
}
