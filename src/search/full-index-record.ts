/**
 * What a delta index is built against: the search cache keeps a record of the
 * last full index it published — the pages it was built from (their hashes),
 * each page's fragment in it, and a fingerprint of its files. A release whose
 * index has that fingerprint serves that full index, so the next release may
 * reuse it and index only the pages that differ (delta-choice.ts). The record
 * is only written with the full index and wiped with the cache; a release
 * whose fingerprint does not match gets a full index.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullIndexBase } from './delta-choice';
import { INDEX_CHUNK_SETTING, withIndexChunkSize } from './search-chunks';
import { FULL_INDEX_RECORD, fragmentsByUrl, type SearchCache } from './search-cache';
import { partFolder } from './search-parts';

/** Bump when the delta's format or how the search page reads it changes: older full indexes are then not reused. */
const DELTA_FORMAT = 1;

export interface FullIndexRecord extends FullIndexBase {
  /** The full index's files as a release holds them (indexFingerprint). */
  fingerprint: string;
  /** Each indexed page's URL → its fragment, relative to `pagefind/` (`fragment/cmn_1a2b3c4.pf_fragment`, or in a part's folder). */
  fragments: Record<string, string>;
}

/** The settings an index is built with, besides the cache's own stamp (word breaker, Pagefind's version). */
export function indexSettings(): string {
  return JSON.stringify({ format: DELTA_FORMAT, chunk: withIndexChunkSize(process.env)[INDEX_CHUNK_SETTING] });
}

/**
 * A fingerprint of the full index in a site's `pagefind/` folder: its parts'
 * entry files, which name the metadata file (itself named by its contents).
 * Undefined when a part is missing.
 */
export function indexFingerprint(pagefindDir: string, parts: number): string | undefined {
  const hash = createHash('sha1');
  for (let part = 0; part < parts; part++) {
    const entry = join(pagefindDir, partFolder(part), 'pagefind-entry.json');
    if (!existsSync(entry)) return undefined;
    hash.update(readFileSync(entry));
  }
  return hash.digest('hex');
}

/** Records the full index just published into `pagefindDir` from pages with these hashes. */
export function recordFullIndex(cache: SearchCache, pagefindDir: string, parts: number, hashes: Record<string, string>): void {
  const fragments: Record<string, string> = {};
  for (let part = 0; part < parts; part++) {
    const folder = partFolder(part);
    for (const [url, name] of fragmentsByUrl(join(pagefindDir, folder, 'fragment'))) fragments[url] = join(folder, 'fragment', name);
  }
  const record: FullIndexRecord = { fingerprint: indexFingerprint(pagefindDir, parts) ?? '', parts, settings: indexSettings(), hashes, fragments };
  const file = join(cache.root, FULL_INDEX_RECORD);
  writeFileSync(`${file}.new`, JSON.stringify(record));
  renameSync(`${file}.new`, file);
}

/** The record of the full index `liveDir` serves, or undefined if it serves another one (or none, or the record is gone). */
export function liveFullIndex(cache: SearchCache, liveDir: string): FullIndexRecord | undefined {
  let record: FullIndexRecord;
  try {
    record = JSON.parse(readFileSync(join(cache.root, FULL_INDEX_RECORD), 'utf8')) as FullIndexRecord;
  } catch {
    return undefined;
  }
  return record.fingerprint && indexFingerprint(join(liveDir, 'pagefind'), record.parts) === record.fingerprint ? record : undefined;
}
