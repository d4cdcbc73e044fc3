/**
 * The error-page kits as search shortcuts: the hub for what people call the thing they want
 * ("custom 404 page", "error page template"), each guide for its platform's own names
 * ("ErrorDocument", "nginx error_page"). Names are matched whole, before status numbers, so
 * "custom 404 page" opens the kits, not the page about 404.
 */
import type { ShortcutPage } from '../../lib/search-shortcut';
import { errorPagesPath } from '../../lib/urls';
import { PLATFORM_GUIDES } from './platforms';

const HUB_NAMES = [
  'error page template',
  'error page templates',
  'custom error page',
  'custom error pages',
  'custom 404 page',
  'custom 500 page',
  'custom 503 page',
  '404 page template',
  '500 page template',
  'maintenance page template',
  'error pages kit',
];

export function errorPageShortcuts(): ShortcutPage[] {
  return [
    { label: 'Error pages that keep the status code (kits for every server)', url: errorPagesPath(), names: HUB_NAMES },
    ...PLATFORM_GUIDES.map((guide) => ({
      label: `Error pages for ${guide.name}`,
      url: errorPagesPath(guide.slug),
      names: guide.searchNames,
    })),
  ];
}
