/**
 * The one Chromium the tests and the bench drive, and how it is launched. Playwright's own browser
 * download cannot run everywhere, so Debian's chromium is preferred when present.
 */
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present, else Playwright's own (undefined). */
export const chromiumPath: string | undefined =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for a headless run as root on a machine whose network reaches nothing but the site under test. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
