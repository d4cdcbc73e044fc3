/**
 * Explains a path that has no page, for the 404 page: if it looks like a status number, say what
 * RFC 9110 section 15 makes of it (an unknown code counts as the x00 of its class).
 */
import { classOf } from './classes';

export interface UnknownPathHint {
  number: string;
  message: string;
  /** Where to go instead: the class's generic x00 code and the class page, or nothing. */
  links: { href: string; text: string }[];
}

export function hintForPath(pathname: string): UnknownPathHint | undefined {
  const match = /^\/?(\d{1,4})(?:\/|\.html?)?$/.exec(pathname.trim());
  if (!match) return undefined;
  const number = match[1] as string;
  const value = Number(number);
  const statusClass = classOf(value);
  if (!statusClass || number.length !== 3) {
    return {
      number,
      message: `${number} is not an HTTP status code: real codes have three digits, from 100 to 599.`,
      links: [{ href: '/', text: 'All status codes' }],
    };
  }
  const generic = statusClass.digit * 100;
  return {
    number,
    message: `${number} has no page here, so it is not a code we know to be in use. RFC 9110 (section 15) tells clients to treat an unrecognised code as ${generic}, the generic code of the ${statusClass.slug} ${statusClass.name} class.`,
    links: [
      { href: `/${generic}/`, text: `${generic}, what clients treat it as` },
      { href: `/${statusClass.slug}/`, text: `The ${statusClass.slug} ${statusClass.name} class` },
    ],
  };
}
