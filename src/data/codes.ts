/**
 * The only module that reads the `codes` collection. Pages ask here, never getCollection directly,
 * so ordering, grouping, the body checks and the JSON documents live in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { STATUS_CLASSES, classOf, type StatusClass } from '../lib/classes';
import { toCodeJson, type CodeJson } from '../lib/code-json';
import { checkBody } from '../lib/entry-checks';
import { constantNamesFor } from './in-code';
import { parseVendorCodes, type VendorCode } from '../lib/vendor-codes';
import vendorCsv from './vendor-codes.csv?raw';

export type CodeEntry = CollectionEntry<'codes'>;

/** The vendor code list (src/data/vendor-codes.csv; its source is in src/data/README.md). */
export const VENDOR_CODES: readonly VendorCode[] = parseVendorCodes(vendorCsv);

let cached: CodeEntry[] | undefined;

/** Every entry, sorted by number, with its MDX body checked (a bad body fails the build, naming the file). */
export async function getAllCodes(): Promise<CodeEntry[]> {
  if (cached) return cached;
  const entries = await getCollection('codes');
  for (const entry of entries) checkBody(entry.filePath ?? `content/codes/${entry.id}.mdx`, entry.body ?? '');
  cached = entries.sort((a, b) => a.data.code - b.data.code);
  return cached;
}

export async function getCode(id: string): Promise<CodeEntry | undefined> {
  return (await getAllCodes()).find((entry) => entry.id === id);
}

export interface ClassGroup {
  statusClass: StatusClass;
  codes: CodeEntry[];
}

/** The five classes in order, each with its entries (registered and unofficial together, by number). */
export async function getCodesByClass(): Promise<ClassGroup[]> {
  const all = await getAllCodes();
  return STATUS_CLASSES.map((statusClass) => ({
    statusClass,
    codes: all.filter((entry) => classOf(entry.data.code)?.slug === statusClass.slug),
  }));
}

/** Entries outside 100 to 599, such as 000 for "no response at all". */
export async function getCodesOutsideClasses(): Promise<CodeEntry[]> {
  return (await getAllCodes()).filter((entry) => classOf(entry.data.code) === undefined);
}

/** The public JSON document of one entry (/NNN.json), with references as plain ids. */
export function entryToJson(entry: CodeEntry, site: URL | string): CodeJson {
  const { data } = entry;
  return toCodeJson({ ...data, related: data.related.map((ref) => ref.id), constants: constantNamesFor(data.code) }, site);
}

export async function getAllCodeJson(site: URL | string): Promise<CodeJson[]> {
  return (await getAllCodes()).map((entry) => entryToJson(entry, site));
}
