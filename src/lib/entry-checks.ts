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
export const BODY_SECTIONS = [
  { tag: 'Meaning', id: 'meaning' },
  { tag: 'Behavior', id: 'behavior' },
] as const;

/**
 * The body must hold exactly one `<Meaning>` and one `<Behavior>` block, in that order, and the
 * behaviour must show one raw exchange in an `http` code block.
 */
export function checkBody(file: string, body: string): void {
  let previous = -1;
  for (const { tag } of BODY_SECTIONS) {
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
