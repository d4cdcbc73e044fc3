/**
 * The only script every page loads, and nothing on the page needs it to be read: it wires the theme
 * toggle, search, copy buttons and `?for=` audience links. It stays tiny (a byte budget in the tests
 * holds it to that): search and the audience reordering are separate chunks loaded only when used,
 * and Pagefind itself is fetched on the first search, never before.
 */

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const pinned = document.documentElement.dataset.theme;
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  // A toggle button: its name stays "Dark theme", aria-pressed says whether it is on.
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private modes may refuse storage; the switch still applies to this page.
    }
    show();
  });
}

/** Search code loads only when someone searches: a separate chunk, then Pagefind itself. */
const searchUi = () => import('./search-ui');
const openSearchDialog = async () => (await searchUi()).openSearchDialog();

function setupSearchTriggers(): void {
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
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
    const mount = async (focus: boolean) => (await searchUi()).mountSearchPanel(box, field?.value || query, focus);
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
