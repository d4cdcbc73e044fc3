/** Every translation of the kit pages, in the order the kits and the guide list them. */
import type { KitTranslation } from '../../../lib/error-pages/text';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';

export const TRANSLATIONS: readonly KitTranslation[] = [de, fr, es, pt, ja];
