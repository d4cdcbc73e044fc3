/**
 * Pasted input larger than this is refused before any parsing: 64 KiB, counted in UTF-16 code units
 * as String.length counts them, after line ends are normalised to LF (a clipboard's CRLF counts as
 * one character, as the textarea's own value does). Its own module so the page's tiny loader can
 * check a paste without pulling in the parser.
 */
export const MAX_INPUT = 64 * 1024;

/** The share link keeps its text in the fragment, which browsers never send to a server. */
export const SHARE_PREFIX = '#r=';
