/**
 * The only module that reads the `codes` collection. Pages ask here, never getCollection directly,
 * so ordering, grouping and the body checks live in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { STATUS_CLASSES, classOf, type StatusClass } from '../lib/classes';
import { checkBody } from '../lib/entry-checks';

export type CodeEntry = CollectionEntry<'codes'>;

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
