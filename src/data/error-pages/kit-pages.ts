/**
 * The error-page kits' pages in every language, built from the entries (src/data/codes.ts) and the
 * selections and translations beside this file. Pages and the zip routes ask here.
 */
import { kitLanguageSets, type KitLanguageSet } from '../../lib/error-pages/text';
import { errorPagesPreviewPath } from '../../lib/urls';
import { getAllCodes } from '../codes';
import { CODE_PAGES } from './pages';
import { KIT_SOURCES } from './sources';

let cached: KitLanguageSet[] | undefined;

/** Every language's kit pages, English first; a missing entry, item or translation fails the build. */
export async function getKitLanguages(): Promise<KitLanguageSet[]> {
  if (cached) return cached;
  const entries = (await getAllCodes()).map((entry) => entry.data);
  cached = kitLanguageSets(entries, KIT_SOURCES);
  return cached;
}

/** The codes that have a kit page of their own. */
export function kitCodes(): number[] {
  return CODE_PAGES.map((page) => page.code);
}

/** Where a code page points for its kit page: the hub's preview of it, or nothing when it has none. */
export function kitPreviewPath(code: number): string | undefined {
  return kitCodes().includes(code) ? errorPagesPreviewPath(code) : undefined;
}
