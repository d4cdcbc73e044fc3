/**
 * The only script every page loads, and nothing on the page needs it to be read: it wires the theme
 * switch, search, copy buttons and the reading order of `?for=` audience links. It stays tiny (a byte budget in the tests
 * holds it to that): search and the audience reordering are separate chunks loaded only when used,
 * and Pagefind itself is fetched on the first search, never before.
 */

import { showSearchNotice } from './search-notice';

/** The theme choices in the order the switch cycles through them; "system" stores nothing. */
const THEMES = ['system', 'light', 'dark'] as const;
type ThemeChoice = (typeof THEMES)[number];

const THEME_NAMES: Record<ThemeChoice, string> = { system: 'follows the system', light: 'light', dark: 'dark' };

function currentTheme(): ThemeChoice {
  const pinned = document.documentElement.dataset.theme;
  return pinned === 'light' || pinned === 'dark' ? pinned : 'system';
}

/**
 * The theme switch cycles system, light, dark. Its accessible name says the current choice and the
 * next one; the icon follows <html data-theme> through CSS. It was invisible until now, holding its
 * place in the header, so showing it moves nothing.
 */
function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const label = button?.querySelector('[data-theme-label]');
  if (!button || !label) return;
  const show = () => {
    const theme = currentTheme();
    const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
    label.textContent = `Theme: ${THEME_NAMES[theme]}. Switch to ${THEME_NAMES[next]}`;
    button.title = `Theme: ${THEME_NAMES[theme]}`;
  };
  button.addEventListener('click', () => {
    const next = THEMES[(THEMES.indexOf(currentTheme()) + 1) % THEMES.length]!;
    if (next === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      // Private modes may refuse storage; the switch still applies to this page.
    }
    show();
  });
  show();
  button.classList.remove('invisible');
}

/** Search code loads only when someone searches: a separate chunk, then Pagefind itself. */
const searchUi = () => import('./search-ui');
// If the search code cannot load, the search page's plain form still works.
const openSearchDialog = () =>
  searchUi()
    .then((ui) => ui.openSearchDialog())
    .catch(() => window.location.assign('/search/'));

function setupSearchTriggers(): void {
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    // Now a dialog trigger rather than a link to /search/: say so, and name the shortcut.
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearchDialog();
    });
  }
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      void openSearchDialog();
    }
  });
}

/** Copy buttons beside read-only fields (the link box). Without JavaScript the field can be selected by hand. */
function setupCopyButtons(): void {
  const status = document.querySelector('[data-copy-status]');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const field = document.getElementById(button.dataset.copy ?? '');
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        button.firstChild!.textContent = 'Copied';
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        field.select();
        if (status) status.textContent = 'Copying is blocked here; the text is selected, press Ctrl+C.';
      }
      setTimeout(() => (button.firstChild!.textContent = 'Copy'), 2000);
    });
  }
}

/**
 * A search box on the page (home page, /search/): a plain form until used, then the live panel.
 * `?q=` runs a query straight away, so other sites and the browser's address bar can link to a search.
 */
function setupSearchBoxes(): void {
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  for (const box of document.querySelectorAll<HTMLElement>('[data-search-box]')) {
    const field = box.querySelector('input');
    const mount = (focus: boolean) =>
      searchUi()
        .then((ui) => ui.mountSearchPanel(box, query, focus))
        .catch(() => showSearchNotice(box, query));
    if (query || box.hasAttribute('data-search-now')) void mount(Boolean(query));
    else field?.addEventListener('focus', () => void mount(true), { once: true });
  }
}

setupThemeToggle();
setupSearchBoxes();
setupSearchTriggers();
setupCopyButtons();
if (new URLSearchParams(window.location.search).has('for')) void import('./audience').then((m) => m.applyAudience());
// /diagnose/ wires its tool the same lazy way: the diagnosis itself loads on first use.
if (document.querySelector('[data-diagnose-form]')) void import('./diagnose-loader');
