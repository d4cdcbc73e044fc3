/**
 * The pages beside the status codes that search opens by an exact name or phrase, gathered from
 * each family's data module. A family adds its pages here with one line; the names themselves
 * come from its entries.
 */
import type { ShortcutPage } from '../lib/search-shortcut';
import { cloudflare } from './cloudflare';
import { errorPageShortcuts } from './error-pages/search';
import { getErrorShortcutPages } from './errors';
import { iis } from './iis';

export async function getShortcutPages(): Promise<ShortcutPage[]> {
  const families: Promise<ShortcutPage[]>[] = [
    getErrorShortcutPages(),
    cloudflare.shortcutPages(),
    iis.shortcutPages(),
    Promise.resolve(errorPageShortcuts()),
  ];
  return (await Promise.all(families)).flat();
}
