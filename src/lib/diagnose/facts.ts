/**
 * What the diagnosis knows that is not in the paste, in the compact shape the page loads on first
 * use (/diagnose-facts.json): each code entry's title, headers and cacheability for the rules, the
 * senders that own each number (derived from the entries' `sender` and `otherMeanings` through the
 * registry's aliases, never restated), and the index of pages beside the status codes. Built from
 * the collections at build time (src/data/diagnose-facts.ts) and, in tests, from the raw entries.
 */
import { ownersByCode, type Sender } from '../sender-registry';
import { EMPTY_PAGE_INDEX, type PageIndex } from './page-index';

export interface SpecLink {
  title: string;
  url: string;
}

export interface CodeFact {
  code: number;
  title: string;
  summary: string;
  registry: string;
  /** Who sends an unofficial code, as the entry names it. */
  sender?: string;
  /** Registry ids of the senders that own this number: the entry's own sender first, then its other meanings. */
  owners: string[];
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
  /** Every defining document, so a rule about one header can cite the section that states it. */
  specs: SpecLink[];
}

export interface DiagnoseFacts {
  /** Facts by code number ("403", "0"). */
  codes: Record<string, CodeFact>;
  pages: PageIndex;
}

interface EntryData {
  code: number;
  title: string;
  summary: string;
  registry: string;
  sender?: string | undefined;
  otherMeanings?: readonly { sender: string }[] | undefined;
  headers?: { required?: string[] | undefined; optional?: string[] | undefined; prohibited?: string[] | undefined } | undefined;
  cacheable: boolean;
  clientSees?: string | undefined;
  spec: { title: string; url: string }[];
}

export function toCodeFact(data: EntryData, owners: readonly string[] = []): CodeFact {
  return {
    code: data.code,
    title: data.title,
    summary: data.summary,
    registry: data.registry,
    ...(data.sender ? { sender: data.sender } : {}),
    owners: [...owners],
    required: data.headers?.required ?? [],
    optional: data.headers?.optional ?? [],
    prohibited: data.headers?.prohibited ?? [],
    cacheable: data.cacheable,
    clientSees: data.clientSees ?? 'this-code',
    spec: data.spec[0]?.url ?? '',
    specs: data.spec.map(({ title, url }) => ({ title, url })),
  };
}

export function toDiagnoseFacts(
  entries: readonly EntryData[],
  senders: readonly Sender[],
  pages: PageIndex = EMPTY_PAGE_INDEX,
): DiagnoseFacts {
  const owners = ownersByCode(senders, entries);
  return {
    codes: Object.fromEntries(entries.map((data) => [String(data.code), toCodeFact(data, owners[String(data.code)])])),
    pages,
  };
}
