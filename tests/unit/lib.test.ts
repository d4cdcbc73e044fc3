/** Pure helpers: classes, URLs, the request-path diagram, the 404 page's number hint, references, JSON-LD and the card palette. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classBySlug, classOf, formatCode, STATUS_CLASSES } from '../../src/lib/classes';
import { describePath, requestPath, senderAction } from '../../src/lib/request-path';
import { checkReferences } from '../../src/lib/entry-checks';
import { cardPalette } from '../../src/lib/social-card';
import { documentTitle, fitTitle } from '../../src/lib/page-title';
import { jsonLdText } from '../../src/lib/structured-data';
import { hintForPath } from '../../src/lib/unknown-path';
import { audiencePath, classPath, codePath } from '../../src/lib/urls';

describe('classes', () => {
  it('places codes in their class by the first digit', () => {
    expect(classOf(100)?.slug).toBe('1xx');
    expect(classOf(407)?.name).toBe('Client Error');
    expect(classOf(599)?.slug).toBe('5xx');
  });

  it('puts numbers outside 100 to 599 in no class', () => {
    expect(classOf(0)).toBeUndefined();
    expect(classOf(99)).toBeUndefined();
    expect(classOf(600)).toBeUndefined();
    expect(classOf(404.5)).toBeUndefined();
  });

  it('finds a class by slug in any case', () => {
    expect(classBySlug('5XX')?.digit).toBe(5);
    expect(classBySlug('6xx')).toBeUndefined();
  });

  it('links every class to its RFC 9110 subsection', () => {
    expect(STATUS_CLASSES.map((c) => c.specUrl.split('#')[1])).toEqual([
      'section-15.2',
      'section-15.3',
      'section-15.4',
      'section-15.5',
      'section-15.6',
    ]);
  });

  it('writes codes with three digits', () => {
    expect(formatCode(0)).toBe('000');
    expect(formatCode(407)).toBe('407');
  });
});

describe('urls', () => {
  it('builds the permanent paths', () => {
    expect(codePath(407)).toBe('/407/');
    expect(codePath(0)).toBe('/000/');
    expect(classPath('4xx')).toBe('/4xx/');
    expect(audiencePath(503, 'visitor')).toBe('/503/?for=visitor');
  });
});

describe('request path', () => {
  it('marks the proxy as sender of 407 and the hops behind it as beyond', () => {
    expect(requestPath('proxy').map((s) => `${s.hop}:${s.state}`)).toEqual([
      'client:passed',
      'proxy:sender',
      'gateway:beyond',
      'load-balancer:beyond',
      'origin:beyond',
    ]);
  });

  it('has every hop pass the request on when the origin answers', () => {
    const steps = requestPath('origin');
    expect(steps.filter((s) => s.state === 'passed')).toHaveLength(4);
    expect(steps.at(-1)?.state).toBe('sender');
  });

  it('describes the path in words', () => {
    expect(describePath('407', 'proxy')).toBe(
      'The forward proxy sends 407. Beyond it, the CDN or gateway, load balancer and origin server gave no answer of their own.',
    );
    expect(describePath('401', 'origin')).toBe(
      'The origin server sends 401, after passing any forward proxy, CDN or gateway and load balancer on the way.',
    );
    expect(describePath('000', 'client')).toContain('No server answered');
  });
});

describe('404 hint for a number', () => {
  it('sends another spelling of a code page address to the page', () => {
    for (const path of ['/471.html', '/0471', '/502.htm']) {
      const hint = hintForPath(path);
      expect(
        hint?.links.map((l) => l.href),
        path,
      ).toEqual([path.includes('502') ? '/502/' : '/471/']);
    }
  });

  it('says a number outside 100 to 599 is no status code', () => {
    expect(hintForPath('/999/')?.message).toContain('is not an HTTP status code');
    expect(hintForPath('/42')?.message).toContain('three digits');
  });

  it('ignores paths that are not numbers', () => {
    expect(hintForPath('/proxy-auth/')).toBeUndefined();
  });
});

describe('request path for codes that never reach the client as themselves', () => {
  it('says nginx 444 closes the connection', () => {
    expect(senderAction('444', 'no-response')).toBe('closes the connection');
    expect(describePath('444', 'origin', 'no-response')).toContain('the connection is closed without a response');
  });

  it('says 499 lives only in logs', () => {
    expect(describePath('499', 'gateway', 'log-only')).toMatch(/^The CDN or gateway records 499.*exists only in the server's logs\.$/);
  });

  it('says nginx 494 reaches the client as 400', () => {
    expect(senderAction('494', 'status-400')).toBe('sends 400');
    expect(describePath('494', 'origin', 'status-400')).toContain(
      'The client receives 400 Bad Request, and the access log records 400 too',
    );
  });
});

describe('references between entries', () => {
  const entry = (id: string, related: string[], compareWith: string) => ({
    id,
    filePath: `content/codes/${id}.mdx`,
    data: { related: related.map((r) => ({ id: r })), compare: { with: { id: compareWith } } },
  });

  it('accepts entries that name only each other', () => {
    expect(() => checkReferences([entry('401', ['407'], '403'), entry('403', [], '401'), entry('407', [], '401')])).not.toThrow();
  });

  it('names the file and the field for a missing code in related or compare.with', () => {
    expect(() => checkReferences([entry('401', ['403', '471'], '403'), entry('403', [], '401')])).toThrow(
      'content/codes/401.mdx: related.1: names 471, which has no entry in content/codes',
    );
    expect(() => checkReferences([entry('401', [], '499'), entry('403', [], '401')])).toThrow(
      'content/codes/401.mdx: compare.with: names 499, which has no entry',
    );
  });

  it('refuses an entry that names itself', () => {
    expect(() => checkReferences([entry('401', ['401'], '403'), entry('403', [], '401')])).toThrow(
      'related.0: names 401, the entry itself',
    );
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot close the element or open a comment, and parses back to the same data', () => {
    const data = { text: 'a </script><script>alert(1)</script> and <!-- here' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('social card palette', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');

  it('takes the dark value of each colour token from global.css', () => {
    const palette = cardPalette(css);
    const dark = (name: string) => new RegExp(`--color-${name}: light-dark\\(#\\w+, (#\\w+)\\)`).exec(css)?.[1];
    expect(palette.page).toBe(dark('page'));
    expect(palette.classes).toEqual([0, 1, 2, 3, 4, 5].map((d) => dark(`class-${d}`)));
    expect(palette.classes.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
  });

  it('names the token when one is missing', () => {
    expect(() => cardPalette(css.replace('--color-class-4:', '--color-kind-4:'))).toThrow('--color-class-4');
  });
});

describe('page titles', () => {
  it('adds the site name when it fits in 70 characters, and drops it when not', () => {
    expect(documentTitle('407 Proxy Authentication Required')).toBe('407 Proxy Authentication Required · HTTP Status Reference');
    const long = 'Must the client repeat the same method and body at the new URL?';
    expect(documentTitle(long)).toBe(long);
  });

  it('takes the fullest candidate that fits', () => {
    expect(fitTitle('x'.repeat(71), 'short')).toBe('short');
    expect(fitTitle('fits', 'also')).toBe('fits');
  });
});
