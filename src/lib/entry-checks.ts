/**
 * Checks on a code entry that the frontmatter schema cannot make on its own, because they
 * involve the file name or the MDX body. Each throws an error that names the file and the field.
 */
import { formatCode } from './classes';

export class ContentEntryError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentEntryError';
  }
}

/**
 * The id of a code entry is its file name without `.mdx`, and that must be the three-digit
 * form of its `code` (407.mdx holds code 407, 000.mdx holds code 0). Returns the id.
 */
export function idFromCodeFile(file: string, data: Record<string, unknown>): string {
  const name = file.split('/').pop() ?? file;
  const match = /^(\d{3})\.mdx$/.exec(name);
  if (!match) {
    throw new ContentEntryError(file, 'file name', 'must be the three-digit code followed by .mdx, such as 407.mdx');
  }
  const id = match[1] as string;
  const { code } = data;
  if (typeof code === 'number' && formatCode(code) !== id) {
    throw new ContentEntryError(file, 'code', `is ${code}, but the file name says ${id}; rename the file or fix the code`);
  }
  return id;
}

/** The two parts of every MDX body, each wrapped in its component so the layout can place it. */
export const BODY_SECTIONS = ['Meaning', 'Behavior'] as const;

/**
 * The body must hold exactly one `<Meaning>` and one `<Behavior>` block, in that order, and the
 * behaviour must show one raw exchange in an `http` code block.
 */
export function checkBody(file: string, body: string): void {
  let previous = -1;
  for (const tag of BODY_SECTIONS) {
    const opens = body.split(`<${tag}>`).length - 1;
    if (opens !== 1) {
      throw new ContentEntryError(file, 'body', `needs exactly one <${tag}>…</${tag}> block, found ${opens}`);
    }
    const at = body.indexOf(`<${tag}>`);
    if (at < previous) throw new ContentEntryError(file, 'body', `<${tag}> must come after the block before it`);
    previous = at;
  }
  const behavior = body.slice(body.indexOf('<Behavior>'));
  if (!/```http\n/.test(behavior)) {
    throw new ContentEntryError(file, 'body', '<Behavior> needs a raw request and response in an ```http code block');
  }
}

/** What the reference check needs of a loaded entry: its id, file and the ids it points at. */
export interface ReferencingEntry {
  id: string;
  filePath?: string | undefined;
  data: { related?: { id: string }[]; compare?: { with?: { id: string } } };
}

/**
 * Every code an entry names in `related` or `compare.with` must have an entry of its own. Astro's
 * `reference()` only reshapes "401" into `{ collection, id }` and never looks the id up, so the
 * loader runs this once all entries are in. Throws naming the file and the field.
 */
export function checkReferences(entries: readonly ReferencingEntry[]): void {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    const file = entry.filePath ?? `content/codes/${entry.id}.mdx`;
    const named: [string, string | undefined][] = [
      ...(entry.data.related ?? []).map((ref, i): [string, string] => [`related.${i}`, ref.id]),
      ['compare.with', entry.data.compare?.with?.id],
    ];
    for (const [field, id] of named) {
      if (id === undefined) continue;
      if (id === entry.id) throw new ContentEntryError(file, field, `names ${id}, the entry itself`);
      if (!ids.has(id)) throw new ContentEntryError(file, field, `names ${id}, which has no entry in content/codes`);
    }
  }
}

/** What the sender check needs of a loaded entry: its id, file and the sender texts it uses. */
export interface SenderNamingEntry {
  id: string;
  filePath?: string | undefined;
  data: { sender?: string | undefined; otherMeanings?: readonly { sender: string }[] | undefined };
}

/**
 * Every `sender` and `otherMeanings[].sender` must name a sender of the registry
 * (src/data/sender-registry.ts) by its name or one of its aliases, so /senders/ and the diagnosis
 * can tell which numbers each sender owns. Throws naming the file and the field.
 */
export function checkSenders(entries: readonly SenderNamingEntry[], isKnown: (sender: string) => boolean): void {
  for (const entry of entries) {
    const file = entry.filePath ?? `content/codes/${entry.id}.mdx`;
    const named: [string, string | undefined][] = [
      ['sender', entry.data.sender],
      ...(entry.data.otherMeanings ?? []).map((m, i): [string, string] => [`otherMeanings.${i}.sender`, m.sender]),
    ];
    for (const [field, sender] of named) {
      if (sender === undefined || isKnown(sender)) continue;
      throw new ContentEntryError(
        file,
        field,
        `"${sender}" matches no sender in src/data/sender-registry.ts; add it to that sender's aliases, or add the sender`,
      );
    }
  }
}
