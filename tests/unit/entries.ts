/** Every content entry read straight from content/codes, for tests that need no build. */
import { readdirSync, readFileSync } from 'node:fs';
import { splitFrontmatter, type Yaml } from '../support/frontmatter';
import type { SendInput } from '../../src/lib/send-snippets';

export interface RawEntry {
  /** File name, such as "407.mdx". */
  file: string;
  /** Path from the project root, such as "content/codes/407.mdx". */
  path: string;
  /** The whole file. */
  source: string;
  /** Frontmatter as YAML parsed it, before the schema. */
  data: Yaml;
  body: string;
}

export const ENTRIES: readonly RawEntry[] = readdirSync('content/codes')
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const path = `content/codes/${file}`;
    const source = readFileSync(path, 'utf8');
    return { file, path, source, ...splitFrontmatter(path, source) };
  });

/** Entries by their code number. */
export const ENTRIES_BY_CODE = new Map(ENTRIES.map((entry) => [entry.data['code'] as number, entry]));

/** The entry fields the snippets read, with the schema's defaults applied. */
export function toSendInput(data: Record<string, unknown>): SendInput {
  const headers = (data['headers'] ?? {}) as { required?: string[]; optional?: string[]; conditional?: { name: string; when: string }[] };
  return {
    code: data['code'] as number,
    title: data['title'] as string,
    registry: data['registry'] as string,
    sender: data['sender'] as string | undefined,
    clientSees: (data['clientSees'] as string | undefined) ?? 'this-code',
    headers: { required: headers.required ?? [], optional: headers.optional ?? [], conditional: headers.conditional ?? [] },
  };
}
