/**
 * A small zip writer (PKWARE APPNOTE 6.3.10: local headers, deflated data, central directory, end
 * record), enough for the kits: no zip64, no encryption, UTF-8 names, fixed timestamps so the same
 * input always gives the same bytes. Node's own zlib does the deflating and the CRC-32.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  /** Path inside the archive with forward slashes: "error-pages/de/404.html". */
  path: string;
  content: string | Uint8Array;
}

/** 1980-01-01 00:00, the earliest MS-DOS date: the kits carry no build time, so rebuilding changes no byte. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** Version made by: 3 (Unix) in the high byte, so the mode bits below are read; spec version 2.0. */
const MADE_BY = (3 << 8) | 20;
const FILE_MODE = 0o100644;
const DIR_MODE = 0o040755;

function u16(value: number): Uint8Array {
  const bytes = new Uint8Array(2);
  new DataView(bytes.buffer).setUint16(0, value, true);
  return bytes;
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value >>> 0, true);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  mode: number;
  offset: number;
}

/** Every folder a path sits in, outermost first: "a/b/c.txt" gives "a/", "a/b/". */
function foldersOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}

/**
 * The archive's bytes. Folders get entries of their own (so unzip creates them with their mode),
 * files are deflated unless that would make them bigger, and paths must be relative and unique.
 */
export function zip(files: readonly ZipFile[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const items: { path: string; content?: Uint8Array }[] = [];
  for (const file of files) {
    if (file.path.startsWith('/') || file.path.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`zip: "${file.path}" must be a relative path without empty or ".." parts`);
    }
    for (const folder of foldersOf(file.path)) {
      if (!seen.has(folder)) {
        seen.add(folder);
        items.push({ path: folder });
      }
    }
    if (seen.has(file.path)) throw new Error(`zip: "${file.path}" is in the archive twice`);
    seen.add(file.path);
    items.push({ path: file.path, content: typeof file.content === 'string' ? encoder.encode(file.content) : file.content });
  }

  const locals: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const item of items) {
    const name = encoder.encode(item.path);
    const raw = item.content ?? new Uint8Array(0);
    const deflated = item.content ? new Uint8Array(deflateRawSync(raw, { level: 9 })) : raw;
    const method = item.content && deflated.length < raw.length ? 8 : 0;
    const data = method === 8 ? deflated : raw;
    const entry: Entry = { name, data, method, crc: crc32(raw), size: raw.length, mode: item.content ? FILE_MODE : DIR_MODE, offset };
    const header = concat([
      u32(0x04034b50),
      u16(20),
      u16(UTF8_NAMES),
      u16(method),
      u16(DOS_TIME),
      u16(DOS_DATE),
      u32(entry.crc),
      u32(data.length),
      u32(raw.length),
      u16(name.length),
      u16(0),
      name,
    ]);
    locals.push(header, data);
    offset += header.length + data.length;
    entries.push(entry);
  }

  const central = entries.map((e) =>
    concat([
      u32(0x02014b50),
      u16(MADE_BY),
      u16(20),
      u16(UTF8_NAMES),
      u16(e.method),
      u16(DOS_TIME),
      u16(DOS_DATE),
      u32(e.crc),
      u32(e.data.length),
      u32(e.size),
      u16(e.name.length),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(((e.mode << 16) | (e.mode === DIR_MODE ? 0x10 : 0)) >>> 0),
      u32(e.offset),
      e.name,
    ]),
  );
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (entries.length > 0xffff || offset + centralSize > 0xffffffff) throw new Error('zip: too large for an archive without zip64');
  const end = concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(centralSize), u32(offset), u16(0)]);
  return concat([...locals, ...central, end]);
}
