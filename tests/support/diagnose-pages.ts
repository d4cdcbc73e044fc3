/**
 * The page index the build ships in /diagnose-facts.json, built the same way (the same pure
 * builders of src/lib/diagnose/page-index.ts) from the content read without a build: the
 * Cloudflare and IIS entries and hub rows, and the browser and curl error entries.
 */
import { buildPageIndex, errorInput, vendorCodeInputs, type PageIndex, type VendorEntryForIndex } from '../../src/lib/diagnose/page-index';
import { parseHubRows } from '../../src/lib/vendor-code-checks';
import { PARSED_ERRORS } from '../unit/error-entries';
import { HUB_ROWS, VENDOR_FAMILIES, vendorEntries } from './vendor-entries';

export function contentPageIndex(): PageIndex {
  const vendorCodes = VENDOR_FAMILIES.flatMap((family) =>
    vendorCodeInputs(
      family,
      vendorEntries(family).map((e) => e.data as unknown as VendorEntryForIndex),
      parseHubRows(family, HUB_ROWS[family]),
    ),
  );
  return buildPageIndex(
    vendorCodes,
    PARSED_ERRORS.map((e) => errorInput(e.data)),
  );
}

export const PAGE_INDEX: PageIndex = contentPageIndex();
