/**
 * Explains a path that has no page, for the not-found page, when the path looks like a status
 * number. Every number from 100 to 599 has a page at /NNN/, so a miss on one of those is a
 * spelling of its address (/471.html, /0471); any other number is not a status code at all.
 */
import { classOf, formatCode } from './classes';
import { codePath } from './urls';

export interface UnknownPathHint {
  number: string;
  message: string;
  /** Where to go instead. */
  links: { href: string; text: string }[];
}

export function hintForPath(pathname: string): UnknownPathHint | undefined {
  const match = /^\/?(\d{1,4})(?:\/|\.html?)?$/.exec(pathname.trim());
  if (!match) return undefined;
  const number = match[1] as string;
  const value = Number(number);
  if (classOf(value)) {
    return {
      number,
      message: `Status ${formatCode(value)} has its page at ${codePath(value)}.`,
      links: [{ href: codePath(value), text: `Go to ${formatCode(value)}` }],
    };
  }
  return {
    number,
    message: `${number} is not an HTTP status code: real codes have three digits, from 100 to 599.`,
    links: [{ href: '/', text: 'All status codes' }],
  };
}
