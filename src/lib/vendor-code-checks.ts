/**
 * Checks on a vendor code entry (Cloudflare 1xxx, IIS sub-status) that its frontmatter schema
 * cannot make alone, because they involve the file name or other collections. The collections'
 * loaders in src/content.config.ts run them, so `astro sync` and `astro build` fail naming the
 * file and the field.
 */
import { ContentEntryError } from './entry-checks';
import { buildHubRowSchema, CLOUDFLARE_CODE, IIS_CODE, type HubRow, type HubRowInput, type VendorFamily } from './vendor-code-schema';

const FILE_RULES: Record<VendorFamily, { pattern: RegExp; example: string }> = {
  cloudflare: { pattern: CLOUDFLARE_CODE, example: 'four digits followed by .mdx, such as 1020.mdx' },
  iis: { pattern: IIS_CODE, example: 'the status, a dot, the sub-status and .mdx, such as 500.19.mdx or 404.0.mdx' },
};

/**
 * The id of a vendor entry is its file name without `.mdx` ("1020", "500.19"), and that must equal
 * its `code`. Returns the id.
 */
export function idFromVendorFile(family: VendorFamily, file: string, data: Record<string, unknown>): string {
  const name = file.split('/').pop() ?? file;
  const id = name.replace(/\.mdx$/, '');
  const rule = FILE_RULES[family];
  if (!name.endsWith('.mdx') || !rule.pattern.test(id)) {
    throw new ContentEntryError(file, 'file name', `must be ${rule.example}`);
  }
  const { code } = data;
  if (code !== undefined && String(code) !== id) {
    throw new ContentEntryError(file, 'code', `is ${String(code)}, but the file name says ${id}; rename the file or fix the code`);
  }
  return id;
}

/** What the reference check needs of a loaded vendor entry. */
export interface VendorReferencingEntry {
  id: string;
  filePath?: string | undefined;
  data: { related?: { id: string }[] };
}

/**
 * Every status code a vendor entry names in `related` must have an entry in content/codes.
 * `statusIds` are those entries' ids ("500"). Throws naming the file and the field.
 */
export function checkVendorReferences(
  family: VendorFamily,
  entries: readonly VendorReferencingEntry[],
  statusIds: ReadonlySet<string>,
): void {
  for (const entry of entries) {
    const file = entry.filePath ?? `content/${family}/${entry.id}.mdx`;
    (entry.data.related ?? []).forEach((ref, i) => {
      if (!statusIds.has(ref.id)) throw new ContentEntryError(file, `related.${i}`, `names ${ref.id}, which has no entry in content/codes`);
    });
  }
}

/**
 * A code is either an entry (with its page) or a hub row (src/data/<family>-codes.ts), never both,
 * and no row is listed twice. Throws naming the data module and the code.
 */
export function checkHubRows(family: VendorFamily, rowCodes: readonly string[], entryCodes: ReadonlySet<string>): void {
  const module = `src/data/${family}-codes.ts`;
  const seen = new Set<string>();
  for (const code of rowCodes) {
    if (seen.has(code)) throw new ContentEntryError(module, code, 'is listed twice');
    if (entryCodes.has(code)) throw new ContentEntryError(module, code, `has an entry in content/${family}/${code}.mdx; remove the row`);
    seen.add(code);
  }
}

/** Hub rows checked against the row schema; a bad row fails the build naming the module, the code and the field. */
export function parseHubRows(family: VendorFamily, rows: readonly HubRowInput[]): HubRow[] {
  const schema = buildHubRowSchema(family);
  return rows.map((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentEntryError(`src/data/${family}-codes.ts`, `${row.code ?? `row ${i}`}: ${issue.path.join('.')}`, issue.message);
    }
    return result.data;
  });
}
