/**
 * Reads a zip archive (stored or deflated entries, as the kits use) into its entries, checking each
 * entry's CRC-32 and size: the tests unpack the built kits with it, so a broken archive fails there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  /** Unix mode bits from the central directory (0 when the archive recorded none). */
  mode: number;
  /** Absent for folders. */
  data?: Buffer;
}

export function readZip(bytes: Buffer): ZipEntry[] {
  const endAt = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('zip: no end of central directory record');
  const count = bytes.readUInt16LE(endAt + 10);
  let at = bytes.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: central directory entry ${i} has a bad signature`);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const mode = bytes.readUInt32LE(at + 38) >>> 16;
    const localAt = bytes.readUInt32LE(at + 42);
    const path = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) {
      entries.push({ path, mode });
      continue;
    }
    if (bytes.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`zip: ${path}: local header has a bad signature`);
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    const raw = bytes.subarray(dataAt, dataAt + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (!data) throw new Error(`zip: ${path}: compression method ${method} is not one the kits use`);
    if (data.length !== size) throw new Error(`zip: ${path}: ${data.length} bytes, but the directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`zip: ${path}: CRC-32 does not match`);
    entries.push({ path, mode, data });
  }
  return entries;
}

/** Writes the archive's files under a folder, as unzip would. */
export function extractZip(bytes: Buffer, into: string): ZipEntry[] {
  const entries = readZip(bytes);
  for (const entry of entries) {
    if (entry.path.split('/').includes('..') || entry.path.startsWith('/')) throw new Error(`zip: ${entry.path} would leave the folder`);
    const target = join(into, entry.path);
    if (!entry.data) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, entry.data);
    }
  }
  return entries;
}
