/** The JSON documents of every entry, shared by /NNN.json and /codes.json. */
import { toCodeJson, type CodeJson } from '../lib/code-json';
import { getAllCodes, type CodeEntry } from './codes';
import { constantNamesFor } from './in-code';

export function entryToJson(entry: CodeEntry, site: URL | string): CodeJson {
  const { data } = entry;
  return toCodeJson({ ...data, related: data.related.map((ref) => ref.id), constants: constantNamesFor(data.code) }, site);
}

export async function getAllCodeJson(site: URL | string): Promise<CodeJson[]> {
  return (await getAllCodes()).map((entry) => entryToJson(entry, site));
}
