/**
 * The data of the "In your code" section, the /constants/ matrix, the `constants` JSON field and
 * the constant search keys, all built from LIBRARY_CONSTANTS (src/data/constants/), the client
 * records (src/data/http-clients.ts) and the snippet templates (src/lib/send-snippets.ts).
 */
import { LIBRARY_CONSTANTS } from './constants/index';
import { HTTP_CLIENTS } from './http-clients';
import { constantKeysByCode } from '../lib/constant-search';
import { clientBehaviour, deliveredCode, type ClientBehaviour, type HttpClient } from '../lib/http-clients';
import type { ConstantLibrary, LibraryConstant } from '../lib/library-constants';
import type { ShortcutCode } from '../lib/search-shortcut';
import { sendPlan, type SendInput, type SendPlan } from '../lib/send-snippets';

/** One library's names for one code, current first; empty when it has none ("no constant: use 418"). */
export interface LibraryNames {
  library: ConstantLibrary;
  names: LibraryConstant[];
}

export interface ClientRow {
  client: HttpClient;
  behaviour: ClientBehaviour;
}

export interface InCode {
  code: number;
  constants: LibraryNames[];
  send: SendPlan;
  /** What reaches clients, when it is not the code itself (a 400, or no response at all). */
  delivered: number | 'none' | 'never';
  clients: ClientRow[];
}

const ORDER: Record<LibraryConstant['status'], number> = { current: 0, alias: 1, deprecated: 2, removed: 3 };

/** Every library's names for a code, in the libraries' order. */
export function constantsFor(code: number): LibraryNames[] {
  return LIBRARY_CONSTANTS.map(({ library, constants }) => ({
    library,
    names: constants.filter((c) => c.code === code).sort((a, b) => ORDER[a.status] - ORDER[b.status]),
  }));
}

/** The name to use today in a library, for the snippets. */
export function currentConstant(libraryId: string, code: number): string | undefined {
  const entry = LIBRARY_CONSTANTS.find((l) => l.library.id === libraryId);
  return entry?.constants.find((c) => c.code === code && c.status === 'current')?.name;
}

/** The release that added a library's current name for a code ("Starlette 0.48.0"), when the data records one. */
export function currentAddedIn(libraryId: string, code: number): string | undefined {
  const entry = LIBRARY_CONSTANTS.find((l) => l.library.id === libraryId);
  const constant = entry?.constants.find((c) => c.code === code && c.status === 'current');
  return entry && constant?.addedIn ? `${entry.library.product} ${constant.addedIn}` : undefined;
}

/** The `constants` field of /NNN.json: library id → every name for the code, current first. */
export function constantNamesFor(code: number): Record<string, string[]> {
  return Object.fromEntries(
    constantsFor(code)
      .filter(({ names }) => names.length > 0)
      .map(({ library, names }) => [library.id, names.map((n) => n.name)]),
  );
}

const CONSTANT_SEARCH_KEYS = constantKeysByCode(LIBRARY_CONSTANTS).keys;

/** A shortcut map entry with its constant search keys added (served in /search-shortcuts.json). */
export function withConstantKeys(entry: ShortcutCode): ShortcutCode {
  const keys = CONSTANT_SEARCH_KEYS.get(entry.code);
  return keys ? { ...entry, constants: keys } : entry;
}

/** The "In your code" section of one code page. */
export function getInCode(data: SendInput): InCode {
  const delivered = deliveredCode(data.code, data.clientSees);
  return {
    code: data.code,
    constants: constantsFor(data.code),
    send: sendPlan(data, currentConstant, currentAddedIn),
    delivered,
    clients: delivered === 'never' ? [] : HTTP_CLIENTS.map((client) => ({ client, behaviour: clientBehaviour(client, delivered) })),
  };
}

/** The /constants/ matrix: the libraries as columns, one row per entry with each library's names. */
export function getConstantsMatrix(entries: readonly { code: number; title: string }[]) {
  return {
    libraries: LIBRARY_CONSTANTS.map(({ library }) => library),
    rows: entries.map(({ code, title }) => ({ code, title, cells: constantsFor(code) })),
  };
}
