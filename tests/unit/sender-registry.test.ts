/**
 * The one registry of senders: well-formed, every signal with a source and a pattern that matches
 * its own example, every sender text of the entries resolving to a sender, the owners of each number
 * derived from the entries, and every signal exercised by the golden corpus unless listed below
 * with the reason no public capture could be found for it.
 */
import { describe, expect, it } from 'vitest';
import { SENDER_GROUPS, SENDERS } from '../../src/data/sender-registry';
import { checkSenders } from '../../src/lib/entry-checks';
import { HEADER_KINDS, LAYERS, ownersByCode, senderForName, sourceUrl } from '../../src/lib/sender-registry';
import { SENDERS as SENDERS_AGAIN } from '../../src/data/sender-registry';
import { diagnose } from '../../src/lib/diagnose/diagnose';
import { toDiagnoseFacts } from '../../src/lib/diagnose/facts';
import { PAGE_INDEX } from '../support/diagnose-pages';
import { CORPUS, readPaste } from '../support/diagnose-corpus';
import { ENTRIES } from './entries';

interface SenderFields {
  code: number;
  sender?: string;
  otherMeanings?: { sender: string }[];
}
const fields = ENTRIES.map((e) => e.data as unknown as SenderFields);

/**
 * Signals no paste of the corpus shows, each with the reason: the research found the signal in the
 * vendor's docs or source but no public capture to build a paste on (docs/fact-check/senders-research.md).
 */
const NOT_IN_CORPUS: Record<string, string> = {
  'cloudflare/legacy-challenge-title': 'the WhatWaf capture stops before the page title; CF-Chl-Bypass decides it',
  'nginx/upstream-timed-out': 'source only (ngx_http_upstream.c); the corpus 504s carry nginx’s page instead',
  'cloudfront/x-cache': 'Miss/Hit values: docs only, no capture with an error status',
  'cloudfront/function-generated': 'docs only (functions-tutorial.md)',
  'cloudfront/cloudfront-functions': 'docs only (functions-tutorial.md)',
  'aws-alb/x-amzn-trace-id': 'shows only when the application echoes it',
  'azure-front-door/origin-status': 'debug header, docs only',
  'azure-front-door/internal-error': 'debug header, docs only',
  'vercel/x-vercel-cache': 'docs only',
  'flyio/fly-cache-status': 'docs only',
  'traefik/no-available-server': 'source only (wrr.go)',
  'traefik/json-log-own': 'docs only',
  'haproxy/page-502': 'source only (http.c)',
  'haproxy/page-504': 'source only (http.c)',
  'haproxy/page-403': 'source only (http.c)',
  'haproxy/page-400': 'source only (http.c)',
  'haproxy/page-408': 'source only (http.c)',
  'haproxy/page-429': 'source only (http.c)',
};

describe('the registry of senders', () => {
  it('has unique ids, names and aliases, known layers and groups', () => {
    const ids = SENDERS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = SENDERS.flatMap((s) => [s.name, ...s.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const groups = new Set(SENDER_GROUPS.map((g) => g.id));
    for (const s of SENDERS) {
      expect(LAYERS, s.id).toContain(s.layer);
      expect(groups.has(s.group), s.id).toBe(true);
      expect(s.id).toMatch(/^[a-z][a-z\d-]*$/);
      for (const parent of s.within ?? []) expect(ids, `${s.id} within ${parent}`).toContain(parent);
      expect(s.generated.length, s.id).toBeGreaterThan(20);
    }
    // The /senders/ sections keep their published ids.
    for (const id of ['nginx', 'cloudflare', 'aws', 'microsoft', 'laravel', 'shopify', 'esri', 'others']) expect(groups).toContain(id);
  });

  it('gives every signal a source, a pattern that fits its kind, and only the named groups the diagnosis reads', () => {
    for (const sender of SENDERS) {
      const signalIds = sender.signals.map((s) => s.id);
      expect(new Set(signalIds).size, sender.id).toBe(signalIds.length);
      for (const signal of sender.signals) {
        const where = `${sender.id}/${signal.id}`;
        expect(signal.sources.length + (signal.observed?.length ?? 0), where).toBeGreaterThan(0);
        for (const source of signal.sources) {
          expect(sourceUrl(source), where).toMatch(/^https:\/\//);
          if (source.repo) expect(source.ref, where).toMatch(/^(?:[\da-f]{8,40}|v?[\d.]+|php-[\d.]+)$/);
          else expect(source.read, where).toMatch(/^\d{4}-\d\d-\d\d$/);
        }
        for (const capture of signal.observed ?? []) expect(capture, where).toMatch(/^[\w.-]+\/[\w.-]+#\d+$/);
        if (HEADER_KINDS.has(signal.kind)) {
          expect(signal.header, where).toBe(signal.header?.toLowerCase());
          expect(signal.header, where).toBeTruthy();
        } else {
          expect(signal.pattern, where).toBeDefined();
        }
        const groups = signal.pattern ? [...signal.pattern.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]) : [];
        for (const g of groups) expect(['status', 'code', 'hresult'], where).toContain(g);
        if (groups.includes('code')) expect(signal.family, where).toBeDefined();
        if (signal.status !== undefined) expect(signal.statusBasis, where).toBeDefined();
        expect(signal.pattern?.flags ?? '', where).not.toContain('g');
      }
    }
  });

  it('names every sender the entries use, by exact name or alias', () => {
    const used = fields.flatMap((f) => [f.sender, ...(f.otherMeanings ?? []).map((m) => m.sender)]).filter((s): s is string => Boolean(s));
    expect(used.filter((text) => senderForName(SENDERS, text) === undefined)).toEqual([]);
    // Aliases exist only because an entry uses them.
    for (const s of SENDERS) for (const alias of s.aliases) expect(used, `${s.id}: ${alias}`).toContain(alias);
  });

  it('puts each entry sender in its vendor section', () => {
    const group = (text: string) => senderForName(SENDERS, text)?.group;
    expect(group('nginx')).toBe('nginx');
    expect(group('AWS Application Load Balancer')).toBe('aws');
    expect(group('Microsoft Exchange Outlook Web Access (IIS)')).toBe('microsoft');
    expect(group('Shopify (older use)')).toBe('shopify');
    expect(group('Esri ArcGIS Server')).toBe('esri');
    expect(group('Pantheon')).toBe('others');
  });

  it('derives the owners of each number from the entries, never a list of its own', () => {
    const owners = ownersByCode(SENDERS, fields);
    expect(owners['499']).toEqual(['nginx', 'esri', 'traefik']);
    expect(owners['530']).toEqual(['cloudflare', 'pantheon', 'shopify']);
    expect(owners['522']).toEqual(['cloudflare']);
    expect(owners['460']).toEqual(['aws-alb']);
    expect(owners['404']).toBeUndefined();
    // Changing an entry changes the owners.
    const moved = ownersByCode(SENDERS, [{ code: 499, sender: 'Caddy' }]);
    expect(moved['499']).toEqual(['caddy']);
  });

  it('is the same module for the page, the diagnosis and the loader', () => {
    expect(SENDERS_AGAIN).toBe(SENDERS);
  });
});

describe('the codes loader check', () => {
  const entry = (sender: string | undefined, others: string[] = []) => ({
    id: '407',
    filePath: 'content/codes/407.mdx',
    data: { sender, otherMeanings: others.map((s) => ({ sender: s })) },
  });
  const known = (s: string) => senderForName(SENDERS, s) !== undefined;

  it('accepts senders the registry knows', () => {
    expect(() => checkSenders([entry('nginx', ['Esri ArcGIS Server']), entry(undefined)], known)).not.toThrow();
  });

  it('names the file and the field of a sender the registry does not know', () => {
    expect(() => checkSenders([entry('Nobody Corp')], known)).toThrow(
      'content/codes/407.mdx: sender: "Nobody Corp" matches no sender in src/data/sender-registry.ts',
    );
    expect(() => checkSenders([entry('nginx', ['Esri ArcGIS Server', 'Nobody Corp'])], known)).toThrow(
      'content/codes/407.mdx: otherMeanings.1.sender: "Nobody Corp" matches no sender',
    );
  });
});

describe('the corpus exercises the registry', () => {
  const facts = toDiagnoseFacts(
    ENTRIES.map((e) => e.data as unknown as Parameters<typeof toDiagnoseFacts>[0][number]),
    SENDERS,
    PAGE_INDEX,
  );
  const seen = new Set<string>();
  for (const c of CORPUS) {
    const result = diagnose(readPaste(c.file), facts, SENDERS);
    if (result.ok) for (const e of result.evidence) seen.add(e.signal);
  }

  it('shows every signal in some paste, or says why not', () => {
    const missing: string[] = [];
    for (const sender of SENDERS) {
      for (const signal of sender.signals) {
        const key = `${sender.id}/${signal.id}`;
        if (!seen.has(key) && !(key in NOT_IN_CORPUS)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists as missing only signals that really are', () => {
    const stale = Object.keys(NOT_IN_CORPUS).filter((key) => {
      const [id, signalId] = key.split('/');
      return !SENDERS.find((s) => s.id === id)?.signals.some((s) => s.id === signalId) || seen.has(key);
    });
    expect(stale).toEqual([]);
  });
});
