import csv from './vendor-codes.csv?raw';
import { parseVendorCodes, type VendorCode } from '../lib/vendor-codes';

export const VENDOR_CODES: readonly VendorCode[] = parseVendorCodes(csv);
