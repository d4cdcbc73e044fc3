/** The five status classes of RFC 9110 section 15, and the helpers that place a code in one. */

export type ClassSlug = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface StatusClass {
  slug: ClassSlug;
  /** First digit of every code in the class. */
  digit: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** One sentence: what a code of this class tells the client. */
  summary: string;
  /** The RFC 9110 subsection that defines the class. */
  specUrl: string;
  specSection: string;
}

export const STATUS_CLASSES: readonly StatusClass[] = [
  {
    slug: '1xx',
    digit: 1,
    name: 'Informational',
    summary: 'An interim answer: the request arrived and work goes on; a final status is still to come.',
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2',
    specSection: 'RFC 9110, section 15.2',
  },
  {
    slug: '2xx',
    digit: 2,
    name: 'Successful',
    summary: 'The server received, understood and accepted the request.',
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3',
    specSection: 'RFC 9110, section 15.3',
  },
  {
    slug: '3xx',
    digit: 3,
    name: 'Redirection',
    summary: 'The client has to take a further step, usually following another URL, to complete the request.',
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4',
    specSection: 'RFC 9110, section 15.4',
  },
  {
    slug: '4xx',
    digit: 4,
    name: 'Client Error',
    summary: 'The request itself is at fault: wrong, unauthorised, too large or not allowed as sent.',
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5',
    specSection: 'RFC 9110, section 15.5',
  },
  {
    slug: '5xx',
    digit: 5,
    name: 'Server Error',
    summary: 'The request may be fine, but the server or a gateway on the way failed to fulfil it.',
    specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6',
    specSection: 'RFC 9110, section 15.6',
  },
];

/** The class a code belongs to, or undefined for numbers outside 100 to 599 (such as 000). */
export function classOf(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return STATUS_CLASSES[Math.floor(code / 100) - 1];
}

export function classBySlug(slug: string): StatusClass | undefined {
  return STATUS_CLASSES.find((c) => c.slug === slug.toLowerCase());
}

/** Codes are always shown with three digits: 0 becomes "000". */
export function formatCode(code: number): string {
  return String(code).padStart(3, '0');
}
