/**
 * Everything the kit pages are made from except the entries themselves: the selections, the class
 * pages, the English frame and the translations. Free of Astro, so unit tests build the same pages
 * from the raw entries.
 */
import { STATUS_CLASSES } from '../../lib/classes';
import type { KitSources } from '../../lib/error-pages/text';
import { TRANSLATIONS } from './i18n';
import { CLASS_PAGES, CODE_PAGES, UI_EN } from './pages';

export const KIT_SOURCES: KitSources = {
  codePages: CODE_PAGES,
  classPages: CLASS_PAGES,
  classes: STATUS_CLASSES,
  ui: UI_EN,
  translations: TRANSLATIONS,
};
