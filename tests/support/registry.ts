/** Reads the IANA registry copy (src/data/iana-registry.csv) into rows, for the registry test. */
import { splitCsvLine } from '../../src/lib/csv';

export interface RegistryRow {
  code: number;
  /** The reason phrase without IANA's notes: "Upload Resumption Supported", "(Unused)". */
  title: string;
  status: 'assigned' | 'temporary' | 'unused' | 'obsoleted';
  reference: string;
}

/** Parses rows of code,description,reference,… ; ranges such as "104-199 Unassigned" are not rows here. */
export function parseRegistry(csv: string): RegistryRow[] {
  const [, ...lines] = csv.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code = '', description = '', reference = ''] = splitCsvLine(line);
    const status: RegistryRow['status'] = /\(TEMPORARY\b/.test(description)
      ? 'temporary'
      : /\(OBSOLETED\)/.test(description)
        ? 'obsoleted'
        : description === '(Unused)'
          ? 'unused'
          : 'assigned';
    const title = description === '(Unused)' ? description : description.replace(/\s*\((TEMPORARY|OBSOLETED)\b[^)]*\)\s*$/, '');
    return { code: Number(code), title, status, reference };
  });
}
