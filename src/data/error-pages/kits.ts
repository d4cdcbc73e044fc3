/**
 * The kits' zips, built from the pages in every language (kit-pages.ts) and each platform's files
 * (src/lib/error-pages/kit.ts). The zip routes and the guides ask here.
 */
import { kitCodeMap, type KitCodeMap } from '../../lib/error-pages/code-map';
import { kitFiles, type Kit, type KitContext } from '../../lib/error-pages/kit';
import { zip, type ZipFile } from '../../lib/error-pages/zip';
import { errorPagesPath } from '../../lib/urls';
import { getAllCodes } from '../codes';
import { getKitLanguages, kitCodes } from './kit-pages';
import { getPlatformGuide } from './platforms';

/** Which page answers which status, from the entries' registry status. */
export async function getKitCodeMap(): Promise<KitCodeMap> {
  return kitCodeMap(
    (await getAllCodes()).map((entry) => entry.data),
    kitCodes(),
  );
}

/** The codes whose entry requires a response header: a platform that drops headers must leave them alone. */
export async function getHeaderBoundCodes(): Promise<number[]> {
  return (await getAllCodes()).filter((entry) => entry.data.headers.required.length > 0).map((entry) => entry.data.code);
}

export async function getKitContext(kit: Kit, site: URL | string): Promise<KitContext> {
  return {
    languages: await getKitLanguages(),
    map: await getKitCodeMap(),
    headerBound: await getHeaderBoundCodes(),
    site,
    guideUrl: new URL(errorPagesPath(kit), site).toString(),
  };
}

/** Every file of one kit, with its path in the zip. */
export async function getKitFiles(kit: Kit, site: URL | string): Promise<ZipFile[]> {
  const guide = getPlatformGuide(kit);
  if (!guide) throw new Error(`error-page kit ${kit}: no guide in src/data/error-pages/platforms.ts`);
  return kitFiles(kit, guide.name, await getKitContext(kit, site));
}

/** One kit's zip, as bytes. */
export async function getKitZip(kit: Kit, site: URL | string): Promise<Uint8Array<ArrayBuffer>> {
  return zip(await getKitFiles(kit, site));
}
