/**
 * Loads search on first use: Pagefind's Component UI (from /pagefind/, made by the build) and the
 * exact-match map (/search-shortcuts.json). Nothing here runs until someone opens search.
 */
import { PAGEFIND_OPTIONS } from '../lib/search-config';
// As a URL, not a module: imported as CSS, Astro would inline it into every page's HTML.
import searchStylesheet from '../styles/search.css?url';
import type { ShortcutIndex } from '../lib/search-shortcut';

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
  /**
   * The Pagefind instance of one panel, configured on first call. Each panel (the dialog, each page
   * box) has its own, so typing in one never changes another's input, results or best match.
   * Call it before creating the panel's elements: an element creates its instance when it connects.
   */
  instance(name: string): PagefindInstance;
  shortcuts: ShortcutIndex;
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

export async function loadShortcuts(): Promise<ShortcutIndex> {
  const response = await fetch('/search-shortcuts.json');
  if (!response.ok) throw new Error(`Could not load the search shortcuts (${response.status})`);
  return (await response.json()) as ShortcutIndex;
}

/** Fetches everything once; later calls share the promise, and a failed load can be tried again. */
export function loadSearch(): Promise<SearchKit> {
  kit ??= (async () => {
    const script = `${BUNDLE}pagefind-component-ui.js`;
    const [shortcuts] = await Promise.all([
      loadShortcuts(),
      loadStylesheet(`${BUNDLE}pagefind-component-ui.css`),
      loadStylesheet(searchStylesheet),
      import(/* @vite-ignore */ script),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    const configured = new Map<string, PagefindInstance>();
    const instance = (name: string) => {
      if (!configured.has(name)) configured.set(name, components.configureInstance(name, PAGEFIND_OPTIONS));
      return configured.get(name)!;
    };
    return { instance, shortcuts };
  })();
  kit.catch(() => (kit = undefined));
  return kit;
}
