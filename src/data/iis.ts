/**
 * The only module that reads the `iis` collection (content/iis/NNN.N.mdx). Pages, the search, the
 * status pages' links and /iis.json ask here; the page data is built by the helpers shared with
 * Cloudflare (src/data/vendor-family.ts).
 */
import { getCollection } from 'astro:content';
import { IIS_CODE_ROWS } from './iis-codes';
import { vendorFamilyData } from './vendor-family';

export const iis = vendorFamilyData('iis', () => getCollection('iis'), IIS_CODE_ROWS);
