/** Files entries point to (attachments, audio), published next to the entry's page. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileName } from '../site/urls';
import { fileKey, recordRead } from '../page-reuse/page-reads';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** MIME type by extension (falls back to a download). */
export function mimeType(file: string): string {
  return TYPES[file.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** Absolute path of a file written relative to an entry. */
export function resolveEntryFile(entryFilePath: string, file: string): string {
  return resolve(dirname(entryFilePath), file);
}

/** Static paths `{ id, file }` for an entry's files. */
export function entryFiles(entry: { id: string; filePath?: string }, files: readonly string[]) {
  return files.map((file) => ({
    params: { id: entry.id, file: fileName(file) },
    props: { path: resolveEntryFile(resolve(entry.filePath ?? ''), file) },
  }));
}

/** The file's bytes as its page: the file is what it read (page reuse keeps it while the file is the same). */
export function serveEntryFile(path: string): Response {
  recordRead(fileKey(path));
  return new Response(readFileSync(path), { headers: { 'Content-Type': mimeType(path) } });
}
