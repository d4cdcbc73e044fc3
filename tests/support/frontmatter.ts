/** Splits an MDX source into its YAML frontmatter and body, for tests and tools that run outside Astro. */
import { parse } from 'yaml';

/** Parsed YAML has no static shape until the schema checks it; tests reach into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Yaml = Record<string, any>;

export function splitFrontmatter(file: string, source: string): { data: Yaml; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: the file must start with YAML frontmatter between --- lines`);
  const data: unknown = parse(match[1] as string);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be a YAML mapping of fields`);
  }
  return { data: data as Yaml, body: match[2] as string };
}
