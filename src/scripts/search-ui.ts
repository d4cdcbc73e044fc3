/**
 * The search panel used by the dialog, the home page box and /search/: Pagefind's input, summary
 * and results, with the exact-match result pinned above them and a helpful empty state.
 * Enter opens the first result; arrow keys move between results; Escape closes the dialog.
 */
import { nearbyCodes, resolveShortcut, type Shortcut, type ShortcutLink } from '../lib/search-shortcut';
import { STATUS_CLASSES } from '../lib/classes';
import { SEARCH_PLACEHOLDER } from '../lib/search-config';
import { classPath } from '../lib/urls';
import { loadSearch, loadShortcuts, type SearchKit } from './search-loader';
import type { ShortcutIndex } from '../lib/search-shortcut';
import { showSearchNotice } from './search-notice';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

interface PagefindResult {
  data(): Promise<{ url: string }>;
}

function link({ label, url }: ShortcutLink, className = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = label;
  if (className) a.className = className;
  return a;
}

/** Fills the pinned block for a shortcut: one link, or a short list for "40" and unassigned numbers. */
function renderPinned(pinned: HTMLElement, shortcut: Shortcut | undefined): void {
  pinned.replaceChildren();
  pinned.hidden = !shortcut;
  if (!shortcut) return;
  const heading = document.createElement('p');
  heading.className = 'search-pinned-label';
  heading.textContent = shortcut.kind === 'range' ? 'Codes starting with these digits' : 'Best match';
  const list = document.createElement('ul');
  const links =
    shortcut.kind === 'range'
      ? shortcut.links
      : shortcut.kind === 'unassigned'
        ? [shortcut.link, { ...shortcut.generic, label: `Treated as ${shortcut.generic.label}` }]
        : [shortcut.link];
  for (const item of links) {
    const li = document.createElement('li');
    li.append(link(item, 'search-pinned-link'));
    list.append(li);
  }
  pinned.append(heading, list);
}

/** Shown when neither the shortcut nor Pagefind finds anything: the classes and the nearest numbers. */
function renderEmpty(empty: HTMLElement, term: string, kit: SearchKit): void {
  empty.replaceChildren();
  const intro = document.createElement('p');
  intro.textContent = 'Nothing matched. Try a three-digit code such as 404, a name such as “bad gateway”, or browse a class:';
  const classes = document.createElement('ul');
  for (const c of STATUS_CLASSES) {
    const li = document.createElement('li');
    li.append(link({ label: `${c.slug} ${c.name}`, url: classPath(c.slug) }));
    classes.append(li);
  }
  empty.append(intro, classes);
  const near = nearbyCodes(term, kit.shortcuts.codes);
  if (near.length > 0) {
    const label = document.createElement('p');
    label.textContent = 'Codes with nearby numbers:';
    const list = document.createElement('ul');
    for (const n of near) {
      const li = document.createElement('li');
      li.append(link(n));
      list.append(li);
    }
    empty.append(label, list);
  }
}

/** A Pagefind element bound to a named instance. */
function pagefindElement(tag: string, instanceName: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('instance', instanceName);
  return element;
}

/** The Pagefind elements plus our pinned, empty and live-region blocks, wired to the panel's own instance. */
function buildPanel(kit: SearchKit, instanceName: string) {
  const instance = kit.instance(instanceName);
  const input = pagefindElement('pagefind-input', instanceName);
  input.setAttribute('placeholder', SEARCH_PLACEHOLDER);
  // Pagefind answers a query in a few milliseconds here, and a newer query supersedes an older
  // one, so there is nothing to gain from waiting for the typing to pause.
  // (Component UI reads 0 as "use the default", so 1 ms it is.)
  input.setAttribute('debounce', '1');
  const pinned = document.createElement('div');
  pinned.className = 'search-pinned';
  pinned.dataset['searchPinned'] = '';
  pinned.hidden = true;
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  const summary = pagefindElement('pagefind-summary', instanceName);
  const results = pagefindElement('pagefind-results', instanceName);
  const empty = document.createElement('div');
  empty.className = 'search-empty';
  empty.dataset['searchEmpty'] = '';
  empty.hidden = true;

  let shortcut: Shortcut | undefined;
  // Pagefind's latest answer, so Enter can open its first result before the list has rendered.
  let latest: { term: string; results: PagefindResult[] } = { term: '', results: [] };
  let openWhenReady = false;
  const openFirstResult = async (found: PagefindResult[]) => {
    const first = found[0];
    if (first) window.location.assign((await first.data()).url);
  };
  const update = (term: string) => {
    shortcut = resolveShortcut(term, kit.shortcuts.codes, kit.shortcuts.pages);
    renderPinned(pinned, shortcut);
    live.textContent = shortcut ? `Best match: ${pinned.querySelector('a')?.textContent ?? ''}` : '';
    if (!term.trim()) empty.hidden = true;
  };
  instance.on('results', ({ results: found }) => {
    const term = instance.searchTerm;
    latest = { term, results: found as PagefindResult[] };
    if (openWhenReady && term === currentTerm()) {
      openWhenReady = false;
      void openFirstResult(latest.results);
    }
    const nothing = found.length === 0 && !shortcut && term.trim() !== '';
    if (nothing) renderEmpty(empty, term, kit);
    empty.hidden = !nothing;
  });

  const currentTerm = () => input.querySelector('input')?.value ?? '';
  /** Wires the keys once Pagefind's input exists, and runs `initialQuery` if there is one. */
  const wire = (initialQuery: string) => {
    const field = input.querySelector('input');
    if (!field) return;
    field.addEventListener('input', () => update(field.value));
    field.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          const best = pinned.querySelector<HTMLAnchorElement>('a');
          if (best) window.location.assign(best.href);
          else if (latest.term === field.value && latest.results.length > 0) void openFirstResult(latest.results);
          else openWhenReady = field.value.trim() !== '';
        } else if (event.key === 'ArrowDown' && !pinned.hidden) {
          // Pinned links come first; Pagefind's own arrow handling takes over inside its results.
          event.preventDefault();
          event.stopImmediatePropagation();
          pinned.querySelector<HTMLAnchorElement>('a')?.focus();
        }
      },
      { capture: true },
    );
    if (initialQuery) {
      field.value = initialQuery;
      update(initialQuery);
      instance.triggerSearch(initialQuery);
    }
  };

  // From the first Pagefind result, ArrowUp returns to the pinned result rather than the input.
  results.addEventListener(
    'keydown',
    (event) => {
      const first = results.querySelector('a.pf-result-link');
      const lastPinned = [...pinned.querySelectorAll<HTMLAnchorElement>('a')].at(-1);
      if (event.key === 'ArrowUp' && document.activeElement === first && !pinned.hidden && lastPinned) {
        event.preventDefault();
        event.stopImmediatePropagation();
        lastPinned.focus();
      }
    },
    { capture: true },
  );

  pinned.addEventListener('keydown', (event) => {
    const links = [...pinned.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      (links[at + 1] ?? results.querySelector<HTMLAnchorElement>('a.pf-result-link'))?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (links[at - 1] ?? input.querySelector('input'))?.focus();
    }
  });

  return { input, body: [pinned, live, summary, results, empty], wire };
}

let dialog: Promise<PagefindModalElement> | undefined;

/** Builds the dialog once; every later call, even while the first is still loading, shares it. */
async function createDialog(): Promise<PagefindModalElement> {
  const kit = await loadSearch();
  const panel = buildPanel(kit, 'dialog');
  const element = pagefindElement('pagefind-modal', 'dialog') as PagefindModalElement;
  element.setAttribute('reset-on-close', '');
  const header = pagefindElement('pagefind-modal-header', 'dialog');
  header.append(panel.input);
  const body = pagefindElement('pagefind-modal-body', 'dialog');
  body.append(...panel.body);
  const footer = pagefindElement('pagefind-modal-footer', 'dialog');
  footer.append(pagefindElement('pagefind-keyboard-hints', 'dialog'));
  element.append(header, body, footer);
  document.body.append(element);
  // The element builds its dialog once connected; wait a frame so open() finds it.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  panel.wire('');
  return element;
}

/** Opens the search dialog, loading search the first time. Escape while it loads cancels the opening. */
export async function openSearchDialog(): Promise<void> {
  let cancelled = false;
  const cancel = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancelled = true;
  };
  document.addEventListener('keydown', cancel);
  try {
    dialog ??= createDialog();
    const element = await dialog;
    if (!cancelled) element.open();
  } catch {
    dialog = undefined;
    // No index (as in `astro dev`) or a failed download: the search page works as a plain form and
    // says what is missing.
    if (!cancelled) window.location.assign('/search/');
  } finally {
    document.removeEventListener('keydown', cancel);
  }
}

/**
 * Without Pagefind (in `astro dev`, or when its files fail to load) the plain form stays: Enter
 * still submits it to /search/?q=, `?q=` stays in its field, and if the exact-match map loaded, its
 * answer is pinned under the field and Enter opens it.
 */
function keepPlainForm(container: HTMLElement, query: string, shortcuts: ShortcutIndex | undefined): void {
  if (!shortcuts) {
    showSearchNotice(container, query);
    return;
  }
  showSearchNotice(
    container,
    query,
    import.meta.env.DEV
      ? 'Full-text search needs a built site; numbers, classes and exact names still work.'
      : 'Full-text search could not load; numbers, classes and exact names still work.',
  );
  const field = container.querySelector('input');
  if (!field) return;
  const pinned = document.createElement('div');
  pinned.className = 'search-pinned';
  field.form?.after(pinned);
  const update = () => renderPinned(pinned, resolveShortcut(field.value, shortcuts.codes, shortcuts.pages));
  field.addEventListener('input', update);
  field.addEventListener('keydown', (event) => {
    const best = pinned.querySelector('a');
    if (event.key === 'Enter' && best) {
      event.preventDefault();
      window.location.assign(best.href);
    }
  });
  update();
}

/**
 * Puts a live search panel into a page box (the home page, /search/) in place of its plain form.
 * The panel is built hidden beside the form first; the swap itself is synchronous, so every
 * keystroke lands in one field or the other and what was typed is carried over with the caret.
 * The new field takes focus only if the plain one still had it (or, for `?q=` links, if nothing
 * else has it): a reader who has moved on is not pulled back.
 */
export async function mountSearchPanel(container: HTMLElement, query: string, focus: boolean): Promise<void> {
  let kit: SearchKit;
  try {
    kit = await loadSearch();
  } catch {
    keepPlainForm(container, query, await loadShortcuts().catch(() => undefined));
    return;
  }
  const plain = container.querySelector('input');
  const panel = buildPanel(kit, `box-${plain?.id ?? 'page'}`);
  const staged = document.createElement('div');
  staged.hidden = true;
  staged.append(panel.input, ...panel.body);
  container.append(staged);
  // Pagefind's input element renders its own <input> once connected: give it a frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // Nothing below awaits: no keystroke can fall between the two fields.
  const hadFocus = plain !== null && document.activeElement === plain;
  const typed = plain?.value || query;
  const caret = hadFocus ? plain.selectionEnd : null;
  container.querySelector('form')?.remove();
  container.querySelector('[data-search-notice]')?.remove();
  // The wrapper adds no box of its own, so the panel lays out as the form did.
  staged.hidden = false;
  staged.className = 'contents';
  panel.wire(typed);
  const field = panel.input.querySelector('input');
  if (field && (hadFocus || (focus && (document.activeElement === document.body || document.activeElement === null)))) {
    field.focus();
    if (caret !== null) field.setSelectionRange(caret, caret);
  }
}
