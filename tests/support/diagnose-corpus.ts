/**
 * The golden corpus of "What sent this?" as one table: the v2 pastes with their expectations read
 * from tests/fixtures/diagnose/v2/MANIFEST.md (status, sender, first page, layers also on the path,
 * values never shown back, and the capture each cites), and the first corpus's constructed pastes
 * from tests/fixtures/diagnose/expectations.ts, which add rule checks and wording.
 *
 * Where MANIFEST.md leaves the first page empty because no page can be named (no status, no page
 * family), the page contract of the diagnosis applies: the sender's card on /senders/, or nothing
 * when no sender is known either (README, "What sent this?").
 */
import { readFileSync } from 'node:fs';
import { senderPath } from '../../src/lib/urls';
import { SENDERS } from '../../src/data/sender-registry';
import { FIRST_CORPUS } from '../fixtures/diagnose/expectations';

export const CORPUS_DIR = 'tests/fixtures/diagnose';

export interface CorpusCase {
  /** Path under tests/fixtures/diagnose/. */
  file: string;
  what: string;
  /** `data-code`: three digits, or '' when no status can be named. */
  code: string;
  /** `data-sender`: the generating sender's name, or ''. */
  sender: string;
  /** `data-page`, or '' when no page can be named. */
  page: string;
  /** Senders that must be among the layers seen. */
  layers: string[];
  /** Values in the paste that must never be shown back or shared. */
  secrets: string[];
  /** The public captures or docs pages the paste is built from; empty for the first corpus's constructed pastes. */
  sources: string[];
  /** Rule ids that must be reported, and no others (first corpus only). */
  violations?: string[];
  /** Words the meaning or the reason must contain (first corpus only). */
  mentions?: string[];
}

/** Splits a Markdown table row on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

const inTicks = (cell: string) => [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '');

function senderName(text: string): string {
  if (text === '') return '';
  const sender = SENDERS.find((s) => s.name === text || s.aliases.includes(text));
  if (!sender) throw new Error(`MANIFEST.md names "${text}", which is not a sender of the registry`);
  return sender.name;
}

export function manifestCases(): CorpusCase[] {
  const manifest = readFileSync(`${CORPUS_DIR}/v2/MANIFEST.md`, 'utf8');
  const rows = manifest.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((row) => {
    const [file, what, , source, status, sender, page, also, never] = cells(row);
    const name = senderName(sender ?? '');
    const id = SENDERS.find((s) => s.name === name)?.id;
    const firstPage = inTicks(page ?? '')[0] ?? '';
    return {
      file: `v2/${inTicks(file ?? '')[0] ?? ''}`,
      what: what ?? '',
      code: inTicks(status ?? '')[0] ?? '',
      sender: name,
      page: firstPage !== '' ? firstPage : id ? senderPath(id) : '',
      layers: (also ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(senderName),
      secrets: inTicks(never ?? ''),
      sources: [...(source ?? '').matchAll(/<(https:[^>]+)>/g)].map((m) => m[1] ?? ''),
    };
  });
}

export const CORPUS: readonly CorpusCase[] = [...manifestCases(), ...FIRST_CORPUS];

export const readPaste = (file: string) => readFileSync(`${CORPUS_DIR}/${file}`, 'utf8');

/** The family of a paste, for the report: the first part of its file name. */
export function familyOf(file: string): string {
  const name = file.split('/').at(-1) ?? file;
  return name.split('-')[0] ?? name;
}
