import { existsSync, readFileSync } from 'node:fs';

/** Every byte SQLite keeps for a database: the file and its -wal and -shm companions. */
export function sqliteFileBytes(path: string): Buffer {
  const parts = [path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter((file) => existsSync(file));
  return Buffer.concat(parts.map((file) => readFileSync(file)));
}

/** Whether a value appears in the bytes, as UTF-8 or UTF-16 (SQLite can store either). */
export function containsText(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}
