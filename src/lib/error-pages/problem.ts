/**
 * The problem details body (RFC 9457 section 3) a kit serves to clients that ask for JSON. `type`
 * is this site's page for the code, so a developer who meets the body can read what it means.
 */
import type { KitPageText } from './text';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export interface ProblemDetails {
  type: string;
  title: string;
  /** Left out of the generic class bodies: one file answers many codes, and RFC 9457 section 3.1.2 wants it to match the real status. */
  status?: number;
  detail: string;
}

/** The body for one page; the generic class pages point `type` at the class page. */
export function problemDetails(page: KitPageText, site: URL | string): ProblemDetails {
  const body: ProblemDetails = { type: new URL(`/${page.key}/`, site).toString(), title: page.title, detail: page.detail };
  if (page.status !== undefined) return { type: body.type, title: body.title, status: page.status, detail: body.detail };
  return body;
}

/** The body as a file: two-space indented, with a final newline. */
export function problemJson(page: KitPageText, site: URL | string): string {
  return `${JSON.stringify(problemDetails(page, site), null, 2)}\n`;
}
