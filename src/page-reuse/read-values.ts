/**
 * The value behind each read key (page-reads.ts) in this build's content, as a
 * short hash: a page may be reused only if every key it read hashes as it did.
 * A value this cannot write out faithfully (a function, a cycle, an unknown key)
 * gets a hash that never repeats, so a page that read it is always rendered.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ENTRY_KIND_NAMES } from '../content-model/kinds';
import { isoDay } from '../lifecycle/beijing-time';
import { ARCHIVE_DATES, monthOf } from '../site/archive-months';
import { fileIdentity } from './file-identity';

/** What the keys are read from: the published content of one build (site/site-content.ts). */
export interface ReadableContent {
  now: Date;
  /** The region tree, which keeps subtrees it has worked out: valued by the regions it is made of. */
  regions: { regions: unknown };
  urgentNotices: unknown;
  /** Unrecorded here: no page is being rendered while keys are valued. */
  inRegion: (kind: never, regionId: string) => unknown[];
  [kind: string]: unknown;
}

class Unwritable extends Error {}

/** Every value as text, Maps, Sets, Dates and class instances included, in a fixed order. */
function written(value: unknown, seen: WeakSet<object> = new WeakSet()): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object') throw new Unwritable(typeof value);
  if (value instanceof Date) return `D${value.toISOString()}`;
  if (seen.has(value)) throw new Unwritable('cycle');
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) text = `[${value.map((item) => written(item, seen)).join(',')}]`;
  else if (value instanceof Map) text = `M[${[...value].map(([k, v]) => `${written(k, seen)}:${written(v, seen)}`).join(',')}]`;
  else if (value instanceof Set) text = `S[${[...value].map((item) => written(item, seen)).join(',')}]`;
  else text = `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${written((value as Record<string, unknown>)[k], seen)}`).join(',')}}`;
  // The same object may appear twice without a cycle (a notice in two lists).
  seen.delete(value);
  return text;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

function hashOf(value: unknown): string {
  try {
    return hash(written(value));
  } catch (error) {
    if (error instanceof Unwritable) return `never:${randomUUID()}`;
    throw error;
  }
}

const KINDS = new Set<string>(ENTRY_KIND_NAMES);

type Entry = { id: string };

/** Hashes read keys against one build's content; each key is worked out once, and each entry written out once. */
export class ReadValues {
  private readonly hashes = new Map<string, string>();
  private readonly byId = new Map<string, Map<string, Entry>>();
  private readonly entryHashes = new WeakMap<object, string>();

  constructor(private readonly content: ReadableContent) {}

  hashOf(key: string): string {
    let known = this.hashes.get(key);
    if (known === undefined) this.hashes.set(key, (known = this.work(key)));
    return known;
  }

  private kind(kind: string): Entry[] {
    return this.content[kind] as Entry[];
  }

  private entries(kind: string): Map<string, Entry> {
    let map = this.byId.get(kind);
    if (!map) {
      map = new Map(this.kind(kind).map((entry) => [entry.id, entry]));
      this.byId.set(kind, map);
    }
    return map;
  }

  private entryHash(entry: Entry): string {
    let known = this.entryHashes.get(entry);
    if (known === undefined) this.entryHashes.set(entry, (known = hashOf(entry)));
    return known;
  }

  /** A list of entries: its members in order, each with everything in it. */
  private listHash(entries: readonly Entry[]): string {
    return hash(entries.map((entry) => `${JSON.stringify(entry.id)}:${this.entryHash(entry)}`).join(','));
  }

  private work(key: string): string {
    if (key.startsWith('file:')) return fileIdentity(key.slice('file:'.length)) ?? 'absent';
    const [, type, kind, rest] = /^([a-z]+):([^/]+)(?:\/(.+))?$/s.exec(key) ?? [];
    if (type && kind && KINDS.has(kind)) {
      if (type === 'entry' && rest !== undefined) {
        const found = this.entries(kind).get(rest);
        return found === undefined ? 'absent' : this.entryHash(found);
      }
      if (type === 'list' && rest === undefined) return this.listHash(this.kind(kind));
      if (type === 'region' && rest !== undefined) return this.listHash(this.content.inRegion(kind as never, rest) as Entry[]);
      const dateOf = (ARCHIVE_DATES as Record<string, ((entry: never) => Date) | undefined>)[kind];
      if (type === 'month' && rest !== undefined && dateOf) return this.listHash(this.kind(kind).filter((entry) => monthOf(dateOf(entry as never)) === rest));
    }
    if (key === 'regions') return hashOf(this.content.regions.regions);
    if (key === 'urgent') return hashOf(this.content.urgentNotices);
    if (key === 'now') return this.content.now.toISOString();
    if (key === 'today') return isoDay(this.content.now);
    return `never:${randomUUID()}`;
  }
}
