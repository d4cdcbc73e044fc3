/**
 * Loads Pagefind's Component UI on first use. The bundle lives in /pagefind/ after `astro build`
 * and is imported by URL, so the site's own script stays small and pages that never search never
 * fetch it.
 */
const BUNDLE = '/pagefind/';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

interface PagefindGlobal {
  getInstanceManager(): { getInstance(name?: string): { triggerSearch(term: string): void } };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindGlobal;
  }
}

let bundle: Promise<void> | undefined;
let modal: Promise<PagefindModalElement> | undefined;

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

/** Fetches Pagefind's components and styles once; later calls share the same promise. */
export function loadSearchBundle(): Promise<void> {
  const script = `${BUNDLE}pagefind-component-ui.js`;
  bundle ??= Promise.all([loadStylesheet(`${BUNDLE}pagefind-component-ui.css`), import(/* @vite-ignore */ script)]).then(
    () => undefined,
  );
  return bundle;
}

/** Puts a query into the search input and runs it, as if typed. */
export function runQuery(query: string): void {
  const input = document.querySelector<HTMLInputElement>('pagefind-input input, pagefind-modal input');
  if (input) input.value = query;
  window.PagefindComponents?.getInstanceManager().getInstance('default').triggerSearch(query);
}

async function createModal(): Promise<PagefindModalElement> {
  await loadSearchBundle();
  const element = document.createElement('pagefind-modal') as PagefindModalElement;
  element.id = 'site-search';
  document.body.append(element);
  await customElements.whenDefined('pagefind-modal');
  // The element renders its dialog once connected; wait a frame so open() finds it.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

/** Opens the search dialog, loading Pagefind the first time. */
export async function openSearch(): Promise<void> {
  modal ??= createModal();
  try {
    (await modal).open();
  } catch {
    // The index exists only after a build; in `astro dev`, or if loading failed, use the search page.
    modal = undefined;
    window.location.assign('/search/');
  }
}
