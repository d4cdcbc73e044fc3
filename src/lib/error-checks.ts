/**
 * Checks on an error entry that its schema cannot make alone, because they involve the file name
 * or other collections. Each throws a ContentEntryError naming the file and the field, so `astro
 * sync` and `astro build` stop with a message a writer can act on.
 */
import { ContentEntryError } from './entry-checks';

/**
 * The id of an error entry is its file name without `.mdx`, and that must equal its `slug`
 * (content/errors/connection-refused.mdx holds slug connection-refused). Returns the id.
 */
export function idFromErrorFile(file: string, data: Record<string, unknown>): string {
  const name = file.split('/').pop() ?? file;
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(name);
  if (!match) throw new ContentEntryError(file, 'file name', 'must be the slug followed by .mdx, such as connection-refused.mdx');
  const id = match[1] as string;
  const { slug } = data;
  if (typeof slug === 'string' && slug !== id) {
    throw new ContentEntryError(file, 'slug', `is ${slug}, but the file name says ${id}; rename the file or fix the slug`);
  }
  return id;
}

/** What the reference check needs of a loaded error entry: its id, file and the code ids it names. */
export interface ErrorReferencingEntry {
  id: string;
  filePath?: string | undefined;
  data: {
    statusSeen?: { codes?: { id: string }[] };
    cloudflare?: { status?: { id: string } };
    related?: { id: string }[];
  };
}

/**
 * Every status code an error entry names (the codes of its status, its Cloudflare counterpart, its
 * related codes) must have an entry in content/codes. Astro's `reference()` never looks the id up,
 * so the errors loader runs this with the ids of the loaded code entries.
 */
export function checkErrorReferences(entries: readonly ErrorReferencingEntry[], codeIds: ReadonlySet<string>): void {
  for (const entry of entries) {
    const file = entry.filePath ?? `content/errors/${entry.id}.mdx`;
    const named: [string, string | undefined][] = [
      ...(entry.data.statusSeen?.codes ?? []).map((ref, i): [string, string] => [`statusSeen.codes.${i}`, ref.id]),
      ['cloudflare.status', entry.data.cloudflare?.status?.id],
      ...(entry.data.related ?? []).map((ref, i): [string, string] => [`related.${i}`, ref.id]),
    ];
    for (const [field, id] of named) {
      if (id !== undefined && !codeIds.has(id)) {
        throw new ContentEntryError(file, field, `names ${id}, which has no entry in content/codes`);
      }
    }
  }
}
