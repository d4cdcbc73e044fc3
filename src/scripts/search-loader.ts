/**
 * Loads search on first use: Pagefind's Component UI (from /pagefind/, made by the build) and the
 * exact-match map (/search-shortcuts.json). Nothing here runs until someone opens search.
 */
import { PAGEFIND_OPTIONS } from '../lib/search-config';
import type { ShortcutCode } from '../lib/search-shortcut';

const BUNDLE = '/pagefind/';

export interface PagefindInstance {
  searchTerm: string;
  triggerSearch(term: string): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

export interface SearchKit {
  instance: PagefindInstance;
  shortcuts: ShortcutCode[];
}

let kit: Promise<SearchKit> | undefined;

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Could not load ${href}`));
    document.head.append(link);
  });
}

export async function loadShortcuts(): Promise<ShortcutCode[]> {
  const response = await fetch('/search-shortcuts.json');
  if (!response.ok) throw new Error(`Could not load the search shortcuts (${response.status})`);
  return (await response.json()) as ShortcutCode[];
}

/**
 * Fetches everything once; later calls share the promise. The instance is configured before any
 * Pagefind element exists, because elements create the default instance when they connect.
 */
export function loadSearch(): Promise<SearchKit> {
  kit ??= (async () => {
    const script = `${BUNDLE}pagefind-component-ui.js`;
    const [shortcuts] = await Promise.all([
      loadShortcuts(),
      loadStylesheet(`${BUNDLE}pagefind-component-ui.css`),
      import(/* @vite-ignore */ script),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    const instance = components.configureInstance('default', PAGEFIND_OPTIONS);
    return { instance, shortcuts };
  })();
  kit.catch(() => (kit = undefined));
  return kit;
}
