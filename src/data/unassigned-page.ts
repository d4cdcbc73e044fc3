/**
 * The page of a number from 100 to 599 that has no entry (/471/): its class, the generic code a
 * client falls back to (RFC 9110 section 15), and any rare vendor use the vendor list reports.
 */
import { classOf, formatCode, type StatusClass } from '../lib/classes';
import type { VendorCode } from '../lib/vendor-codes';
import { VENDOR_CODES } from './codes';

export interface UnassignedPage {
  number: number;
  code: string;
  statusClass: StatusClass;
  /** The x00 code of the class, which a client treats the number as. */
  generic: number;
  vendorUses: VendorCode[];
}

export function getUnassignedPage(number: number): UnassignedPage {
  const statusClass = classOf(number);
  if (!statusClass) throw new Error(`${number} is outside 100 to 599, so it has no unassigned-number page`);
  return {
    number,
    code: formatCode(number),
    statusClass,
    generic: statusClass.digit * 100,
    vendorUses: VENDOR_CODES.filter((v) => v.code === number),
  };
}
