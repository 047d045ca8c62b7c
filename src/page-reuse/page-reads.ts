/**
 * What each page reads of the content while it renders: the key of every
 * entry, list and derived value it touches. A page is a function of what it
 * reads (and of the code and settings), so a page whose reads all have the
 * values they had last build is the page it was (page-reuse.ts).
 *
 * Keys: `entry:<kind>/<id>` (one entry, present or absent), `list:<kind>` (a
 * whole kind: its order, its members, every field), `region:<kind>/<region>`
 * (the entries of a kind within a region and the places inside it),
 * `month:<kind>/<YYYY-MM>` (the entries of a kind dated in that month, as its
 * archive page lists them), `file:<absolute path>` (a file a page reads
 * itself), `regions`, `urgent` (the site-wide banner's notices), `now` (the
 * build's instant), `today` (its Beijing day).
 *
 * The state lives on globalThis: Astro loads this module twice — once with the
 * config (the prerenderer's wrapper) and once in the pages' bundle — and both
 * must share one record of the page being rendered.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';

/** One call of Astro's `addStaticImage` (an optimised image to write), with what it answered. */
export interface ImageCall {
  args: unknown[];
  url: unknown;
}

interface PageRecord {
  reads: Set<string>;
  images: ImageCall[];
}
const READS = Symbol.for('fangkong.page-reads');
const CONTENT = Symbol.for('fangkong.build-content');
const shared = globalThis as typeof globalThis & { [READS]?: AsyncLocalStorage<PageRecord>; [CONTENT]?: Promise<unknown> };
const pageReads = (shared[READS] ??= new AsyncLocalStorage<PageRecord>());

/** The pages' bundle hands over this build's content, unrecorded, to work out what each key holds (read-values.ts). */
export function shareBuildContent(content: Promise<unknown>): void {
  shared[CONTENT] = content;
}

/** This build's content as the pages loaded it, once they have. */
export function buildContent(): Promise<unknown> | undefined {
  return shared[CONTENT];
}

export const entryKey = (kind: string, id: string) => `entry:${kind}/${id}`;
export const listKey = (kind: string) => `list:${kind}`;
export const regionKey = (kind: string, region: string) => `region:${kind}/${region}`;
export const monthKey = (kind: string, month: string) => `month:${kind}/${month}`;
/** A file a page reads itself (a recording's length in a feed): valued by what the file system says of it. */
export const fileKey = (path: string) => `file:${resolve(path)}`;

/** Notes that the page being rendered (if any) read `key`. */
export function recordRead(key: string): void {
  pageReads.getStore()?.reads.add(key);
}

/** Notes that the page being rendered (if any) asked for an optimised image. */
export function recordImage(call: ImageCall): void {
  pageReads.getStore()?.images.push(call);
}

/**
 * Notes for the page being rendered the reads and image requests of work done once and shared by
 * many pages (a feed item's body), which ran apart under `readsOf`: every page that uses the
 * work read what it read, not only the first.
 */
export function recordAgain({ reads, images }: { reads: readonly string[]; images: readonly ImageCall[] }): void {
  const page = pageReads.getStore();
  for (const key of reads) page?.reads.add(key);
  page?.images.push(...images);
}

/** Runs `work` as no page's read: the content's own loading reads "now" for every page, not for the one that asked first. */
export function unrecorded<T>(work: () => T): T {
  return pageReads.exit(work);
}

/** Runs `render` and returns what it read and the images it asked for, with its result. Concurrent renders keep separate records. */
export async function readsOf<T>(render: () => Promise<T>): Promise<{ result: T; reads: string[]; images: ImageCall[] }> {
  const page: PageRecord = { reads: new Set(), images: [] };
  const result = await pageReads.run(page, render);
  return { result, reads: [...page.reads].sort(), images: page.images };
}

/**
 * A map of one kind's entries by id: `get`/`has` of an id record that entry,
 * anything that walks the map records the whole kind.
 */
export class ReadRecordingMap<V> extends Map<string, V> {
  // Set before Map's constructor fills the map (which calls `set`, not recorded).
  private kind = '';

  static of<V>(kind: string, entries: Iterable<readonly [string, V]>): ReadRecordingMap<V> {
    const map = new ReadRecordingMap<V>(entries);
    map.kind = kind;
    return map;
  }
  override get(id: string): V | undefined {
    recordRead(entryKey(this.kind, id));
    return super.get(id);
  }
  override has(id: string): boolean {
    recordRead(entryKey(this.kind, id));
    return super.has(id);
  }
  override get size(): number {
    recordRead(listKey(this.kind));
    return super.size;
  }
  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    recordRead(listKey(this.kind));
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<string> {
    recordRead(listKey(this.kind));
    return super.keys();
  }
  override values(): MapIterator<V> {
    recordRead(listKey(this.kind));
    return super.values();
  }
  override entries(): MapIterator<[string, V]> {
    recordRead(listKey(this.kind));
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
