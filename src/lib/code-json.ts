/**
 * The public JSON shape of a code, served at /NNN.json and inside /codes.json. Documented on /api/
 * and by the JSON Schema below, which tests validate every file against. Fields are only ever added.
 */
import { classOf, formatCode } from './classes';
import { IANA_REGISTRY_STATE } from './registry';
import { codePath } from './urls';

export interface CodeJsonInput {
  code: number;
  title: string;
  summary: string;
  registry: string;
  sender?: string | undefined;
  clientSees: string;
  spec: { title: string; url: string }[];
  formerNames: string[];
  aliases: string[];
  headers: { required: string[]; optional: string[]; prohibited: string[] };
  cacheable: boolean;
  retry: string;
  origin: string;
  related: string[];
  /** Library id → every name that library gives the code, current first (src/data/in-code.ts). */
  constants: Record<string, string[]>;
}

/** The published document: the entry's facts plus its id, class, permanent URL, and null for no sender. */
export type CodeJson = Omit<CodeJsonInput, 'sender'> & {
  id: string;
  class: string | null;
  sender: string | null;
  url: string;
};

export function toCodeJson(entry: CodeJsonInput, site: URL | string): CodeJson {
  return {
    code: entry.code,
    id: formatCode(entry.code),
    title: entry.title,
    summary: entry.summary,
    class: classOf(entry.code)?.slug ?? null,
    registry: entry.registry,
    sender: entry.sender ?? null,
    clientSees: entry.clientSees,
    spec: entry.spec,
    formerNames: entry.formerNames,
    aliases: entry.aliases,
    headers: entry.headers,
    cacheable: entry.cacheable,
    retry: entry.retry,
    origin: entry.origin,
    related: entry.related,
    constants: entry.constants,
    url: new URL(codePath(entry.code), site).toString(),
  };
}

export function toCodesJson(codes: CodeJson[]) {
  return { registryState: IANA_REGISTRY_STATE, count: codes.length, codes };
}

const stringList = { type: 'array', items: { type: 'string' } } as const;

/** JSON Schema (draft 2020-12) of one code document, /NNN.json. */
export const CODE_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/api/code.schema.json',
  title: 'HTTP status code',
  type: 'object',
  required: [
    'code',
    'id',
    'title',
    'summary',
    'class',
    'registry',
    'sender',
    'clientSees',
    'spec',
    'formerNames',
    'aliases',
    'headers',
    'cacheable',
    'retry',
    'origin',
    'related',
    'constants',
    'url',
  ],
  additionalProperties: false,
  properties: {
    code: { type: 'integer', minimum: 0, maximum: 999, description: 'The status number; 0 stands for "no response at all".' },
    id: { type: 'string', pattern: '^\\d{3}$', description: 'The number as three digits, as used in URLs: "407", "000".' },
    title: { type: 'string', description: 'Current reason phrase; for an unofficial code, the vendor’s own name.' },
    summary: { type: 'string', maxLength: 160, description: 'One sentence, at most 160 characters.' },
    class: {
      type: ['string', 'null'],
      enum: ['1xx', '2xx', '3xx', '4xx', '5xx', null],
      description: 'The class, or null for numbers outside 100 to 599 (000).',
    },
    registry: { enum: ['assigned', 'temporary', 'unused', 'obsoleted', 'unofficial'], description: 'Status in the IANA registry.' },
    sender: { type: ['string', 'null'], description: 'Who sends an unofficial code; null for registered codes.' },
    clientSees: {
      enum: ['this-code', 'no-response', 'log-only', 'status-400', 'no-status'],
      description: 'What actually reaches the client.',
    },
    spec: {
      type: 'array',
      minItems: 1,
      description: 'The defining documents, each with an exact section link.',
      items: {
        type: 'object',
        required: ['title', 'url'],
        additionalProperties: false,
        properties: { title: { type: 'string' }, url: { type: 'string', format: 'uri' } },
      },
    },
    formerNames: { ...stringList, description: 'Reason phrases the code used to have.' },
    aliases: { ...stringList, description: 'Words people search with for it.' },
    headers: {
      type: 'object',
      description: 'Header names the spec ties to the code: required (MUST), optional (SHOULD, MAY or related), prohibited.',
      required: ['required', 'optional', 'prohibited'],
      additionalProperties: false,
      properties: { required: stringList, optional: stringList, prohibited: stringList },
    },
    cacheable: { type: 'boolean', description: 'Heuristically cacheable by default (RFC 9110, section 15.1).' },
    retry: { enum: ['not-needed', 'never', 'after-fix', 'after-delay', 'follow-redirect'], description: 'What a client should do next.' },
    origin: { enum: ['client', 'proxy', 'gateway', 'load-balancer', 'origin'], description: 'Who typically generates it.' },
    related: { type: 'array', items: { type: 'string', pattern: '^\\d{3}$' }, description: 'Ids of sibling codes.' },
    constants: {
      type: 'object',
      additionalProperties: { ...stringList, minItems: 1 },
      description:
        'Library id (as on /constants/) to every name that library gives the code, current name first; libraries without one are left out.',
    },
    url: { type: 'string', format: 'uri', description: 'The permanent page URL.' },
  },
} as const;

/** JSON Schema of /codes.json: every code document in one list. */
export const CODES_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/api/codes.schema.json',
  title: 'All HTTP status codes',
  type: 'object',
  required: ['registryState', 'count', 'codes'],
  additionalProperties: false,
  properties: {
    registryState: { type: 'string', format: 'date', description: 'Date of the IANA registry state the data was checked against.' },
    count: { type: 'integer', minimum: 0 },
    codes: { type: 'array', items: { $ref: '/api/code.schema.json' } },
  },
} as const;
