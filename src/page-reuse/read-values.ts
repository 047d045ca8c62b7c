/**
 * The value behind each read key (page-reads.ts) in this build's content, as a
 * short hash: a page may be reused only if every key it read hashes as it did.
 * A value this cannot write out faithfully (a function, a cycle, an unknown key)
 * gets a hash that never repeats, so a page that read it is always rendered.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ENTRY_KIND_NAMES } from '../content-model/kinds';
import { isoDay } from '../lifecycle/beijing-time';

/** What the keys are read from: the published content of one build (site/site-content.ts). */
export interface ReadableContent {
  now: Date;
  regions: unknown;
  urgentNotices: unknown;
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

/** Hashes read keys against one build's content; each key is worked out once. */
export class ReadValues {
  private readonly hashes = new Map<string, string>();
  private readonly byId = new Map<string, Map<string, unknown>>();

  constructor(private readonly content: ReadableContent) {}

  hashOf(key: string): string {
    let known = this.hashes.get(key);
    if (known === undefined) this.hashes.set(key, (known = this.work(key)));
    return known;
  }

  private entries(kind: string): Map<string, unknown> {
    let map = this.byId.get(kind);
    if (!map) {
      map = new Map((this.content[kind] as Array<{ id: string }>).map((entry) => [entry.id, entry]));
      this.byId.set(kind, map);
    }
    return map;
  }

  private work(key: string): string {
    const entry = /^entry:([^/]+)\/(.+)$/s.exec(key);
    if (entry && KINDS.has(entry[1])) {
      const found = this.entries(entry[1]).get(entry[2]);
      return found === undefined ? 'absent' : hashOf(found);
    }
    const list = /^list:(.+)$/.exec(key);
    if (list && KINDS.has(list[1])) return hashOf(this.content[list[1]]);
    if (key === 'regions') return hashOf(this.content.regions);
    if (key === 'urgent') return hashOf(this.content.urgentNotices);
    if (key === 'now') return this.content.now.toISOString();
    if (key === 'today') return isoDay(this.content.now);
    return `never:${randomUUID()}`;
  }
}
