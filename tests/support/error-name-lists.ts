/**
 * The pinned name lists in tests/fixtures/errors/: each file starts with one header line naming the
 * repository, path and commit or tag it was read from; every other line is one name, with its
 * number or message after a tab where the source gives one.
 */
import { readFileSync } from 'node:fs';

export interface NameList {
  /** The header line without its leading "# ". */
  source: string;
  /** Each name with the rest of its line split at tabs. */
  rows: Map<string, string[]>;
}

export function readNameList(file: string): NameList {
  const [header, ...lines] = readFileSync(`tests/fixtures/errors/${file}`, 'utf8').trimEnd().split('\n');
  if (!header?.startsWith('# ')) throw new Error(`tests/fixtures/errors/${file}: the first line must be "# <repo> <path> @ <ref> …"`);
  const rows = new Map<string, string[]>();
  for (const line of lines) {
    const [name, ...rest] = line.split('\t');
    if (name) rows.set(name, rest);
  }
  return { source: header.slice(2), rows };
}

export const CHROMIUM_NET_ERRORS = readNameList('chromium-net-errors.txt');
export const CHROMIUM_DNS_PROBES = readNameList('chromium-dns-probe.txt');
export const CURL_ERRORS = readNameList('curl-errors.txt');
export const FIREFOX_PAGES = readNameList('firefox-error-pages.txt');
export const FIREFOX_NS_ERRORS = readNameList('firefox-ns-errors.txt');
export const FIREFOX_NSS_ERRORS = readNameList('firefox-nss-errors.txt');
export const REQUESTS_EXCEPTIONS = readNameList('requests-exceptions.txt');

/** curl's list is keyed by CURLE name; this finds a row by exit code. */
export function curlRow(exit: number): { name: string; message: string } | undefined {
  for (const [code, [name, message]] of CURL_ERRORS.rows) if (Number(code) === exit) return { name: name!, message: message! };
  return undefined;
}
