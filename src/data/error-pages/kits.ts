/**
 * The kits' zips, built from the pages in every language (kit-pages.ts) and each platform's files
 * (src/lib/error-pages/kit.ts). The zip routes ask here.
 */
import { kitCodeMap, type KitCodeMap } from '../../lib/error-pages/code-map';
import { kitFiles, type KitContext, type SelfHostedKit } from '../../lib/error-pages/kit';
import { zip } from '../../lib/error-pages/zip';
import { errorPagesPath } from '../../lib/urls';
import { getAllCodes } from '../codes';
import { getKitLanguages, kitCodes } from './kit-pages';

/** Which page answers which status, from the entries' registry status. */
export async function getKitCodeMap(): Promise<KitCodeMap> {
  return kitCodeMap(
    (await getAllCodes()).map((entry) => entry.data),
    kitCodes(),
  );
}

export async function getKitContext(kit: string, site: URL | string): Promise<KitContext> {
  return {
    languages: await getKitLanguages(),
    map: await getKitCodeMap(),
    site,
    guideUrl: new URL(errorPagesPath(kit), site).toString(),
  };
}

/** One kit's zip, as bytes. */
export async function getKitZip(kit: SelfHostedKit, site: URL | string): Promise<Uint8Array<ArrayBuffer>> {
  return zip(kitFiles(kit, await getKitContext(kit, site)));
}
