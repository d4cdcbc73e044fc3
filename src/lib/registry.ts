/**
 * The IANA HTTP Status Code Registry, as copied into src/data/iana-registry.csv, and what its
 * descriptions say about each code's title and registry status.
 */

/** The date of the registry state the site was checked against. */
export const IANA_REGISTRY_STATE = '2025-09-15';

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/http-status-codes/';

export interface RegistryRow {
  code: number;
  /** The reason phrase without IANA's notes: "Upload Resumption Supported", "(Unused)". */
  title: string;
  status: 'assigned' | 'temporary' | 'unused' | 'obsoleted';
  reference: string;
}

/** Splits one CSV line, honouring double-quoted fields with doubled quotes inside. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
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
