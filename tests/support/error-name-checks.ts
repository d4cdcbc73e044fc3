/**
 * Every name an error entry uses must be in the pinned list of the source it cites: Chrome's net
 * errors and DNS probe names, curl's exit codes with their CURLE name and message, Firefox's error
 * pages and its network and security error names, requests' exceptions. Each problem names the
 * entry and the name.
 */
import type { ErrorData } from '../../src/lib/error-schema';
import {
  CHROMIUM_DNS_PROBES,
  CHROMIUM_NET_ERRORS,
  FIREFOX_NS_ERRORS,
  FIREFOX_NSS_ERRORS,
  FIREFOX_PAGES,
  REQUESTS_EXCEPTIONS,
  curlRow,
} from './error-name-lists';

export function nameProblems(path: string, data: ErrorData): string[] {
  const problems: string[] = [];
  const problem = (name: string, what: string) => problems.push(`${path}: ${name}: ${what}`);
  for (const { name, number } of data.chrome.names) {
    const row = CHROMIUM_NET_ERRORS.rows.get(name);
    if (!row) problem(name, `not in ${CHROMIUM_NET_ERRORS.source}`);
    else if (Number(row[0]) !== number) problem(name, `is ${row[0]} in net_error_list.h, not ${number}`);
  }
  for (const name of data.chrome.dnsProbe) {
    if (!CHROMIUM_DNS_PROBES.rows.has(name)) problem(name, `not in ${CHROMIUM_DNS_PROBES.source}`);
  }
  for (const { name } of data.firefox.names) {
    if (!FIREFOX_NS_ERRORS.rows.has(name) && !FIREFOX_NSS_ERRORS.rows.has(name)) {
      problem(name, `not in ${FIREFOX_NS_ERRORS.source} nor ${FIREFOX_NSS_ERRORS.source}`);
    }
  }
  if (data.firefox.shows !== undefined) {
    const titles = new Set([...FIREFOX_PAGES.rows.values()].map((rest) => rest[0]));
    if (!titles.has(data.firefox.shows)) problem(data.firefox.shows, `not an error page title in ${FIREFOX_PAGES.source}`);
  }
  for (const { exit, name, message } of data.curl.names) {
    const row = curlRow(exit);
    if (!row) problem(`curl ${exit}`, 'not an exit code in curl-errors.txt');
    else {
      if (row.name !== name) problem(name, `exit ${exit} is ${row.name} in libcurl-errors.md`);
      if (row.message !== message) problem(name, `curl_easy_strerror() says "${row.message}", not "${message}"`);
    }
  }
  for (const { name } of data.requests.names) {
    if (!REQUESTS_EXCEPTIONS.rows.has(name)) problem(name, `not in ${REQUESTS_EXCEPTIONS.source}`);
  }
  return problems;
}
