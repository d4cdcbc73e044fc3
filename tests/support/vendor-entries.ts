/** The vendor code entries (content/cloudflare, content/iis) and the shortcut pages search builds from them, read without a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { CLOUDFLARE_CODE_ROWS } from '../../src/data/cloudflare-codes';
import { IIS_CODE_ROWS } from '../../src/data/iis-codes';
import type { ShortcutPage } from '../../src/lib/search-shortcut';
import type { HubRowInput, VendorFamily } from '../../src/lib/vendor-code-schema';
import { nameKey, vendorShortcutPages, type VendorSearchEntry } from '../../src/lib/vendor-search';
import { ENTRIES } from '../unit/entries';
import { splitFrontmatter, type Yaml } from './frontmatter';

export interface VendorRawEntry {
  family: VendorFamily;
  file: string;
  path: string;
  data: Yaml;
  body: string;
}

export const VENDOR_FAMILIES: readonly VendorFamily[] = ['cloudflare', 'iis'];

export const HUB_ROWS: Record<VendorFamily, readonly HubRowInput[]> = { cloudflare: CLOUDFLARE_CODE_ROWS, iis: IIS_CODE_ROWS };

export function vendorEntries(family: VendorFamily): VendorRawEntry[] {
  return readdirSync(`content/${family}`)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const path = `content/${family}/${file}`;
      return { family, file, path, ...splitFrontmatter(path, readFileSync(path, 'utf8')) };
    });
}

/** The names status code pages answer to, which vendor pages must leave alone (as src/data/vendor-family.ts builds them). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(
  ENTRIES.flatMap(({ data }) => [
    data['title'] as string,
    ...((data['formerNames'] as string[]) ?? []),
    ...((data['aliases'] as string[]) ?? []),
  ]).map(nameKey),
);

/** The same shortcut pages /search-shortcuts.json serves for both families. */
export function vendorShortcutPagesFromContent(): ShortcutPage[] {
  return VENDOR_FAMILIES.flatMap((family) =>
    vendorShortcutPages(
      family,
      vendorEntries(family).map((e) => e.data as VendorSearchEntry),
      HUB_ROWS[family],
      RESERVED_NAMES,
    ),
  );
}
