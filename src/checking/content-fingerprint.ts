/**
 * The content folder as the file system describes it: every file's path and
 * identity (src/page-reuse/file-identity.ts: device, inode, size, time). Any
 * save changes it. What the publisher's check and the build's loaders read is
 * the same folder only while its fingerprint is the same (check-handoff.ts,
 * content-loader.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileIdentity } from '../page-reuse/file-identity';

export function contentFingerprint(contentDir: string): string {
  const lines: string[] = [];
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    lines.push(`${path}\0${fileIdentity(path) ?? 'gone'}`);
  }
  return lines.sort().join('\n');
}

const LOADERS_SAW = Symbol.for('epidemic-notices.loaders-saw');
/** On globalThis: the loaders (loaded by Astro's Vite server) and the content check (loaded with the config) each have their own copy of this module. */
type WithLoadersSaw = typeof globalThis & { [LOADERS_SAW]?: string };

/** Keeps the folder's fingerprint as a live build's loaders begin to read it (the first of them). */
export function noteFolderAsLoaded(contentDir: string): void {
  (globalThis as WithLoadersSaw)[LOADERS_SAW] ??= contentFingerprint(contentDir);
}

/** The content folder's fingerprint as a live build's loaders began to read it; none before, or outside a live build. */
export const folderAsLoaded = (): string | undefined => (globalThis as WithLoadersSaw)[LOADERS_SAW];
