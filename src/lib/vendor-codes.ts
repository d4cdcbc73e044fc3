/**
 * The vendor code list (src/data/vendor-codes.csv): unofficial numbers worth covering, who sends
 * them and how well each is documented. Priority C rows are mentioned briefly and flagged.
 */
import { splitCsvLine } from './csv';

export interface VendorCode {
  code: number;
  name: string;
  sender: string;
  priority: 'A' | 'B' | 'C';
  source: string;
}

export function parseVendorCodes(csv: string): VendorCode[] {
  const [, ...lines] = csv.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code = '', name = '', sender = '', priority = '', source = ''] = splitCsvLine(line);
    if (priority !== 'A' && priority !== 'B' && priority !== 'C') {
      throw new Error(`vendor-codes.csv: code ${code}: priority must be A, B or C, not "${priority}"`);
    }
    return { code: Number(code), name, sender, priority, source };
  });
}
