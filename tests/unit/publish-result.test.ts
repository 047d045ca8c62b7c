/** Which publish the web editor reports after a save: the first one after it that took in the saved file. */
import { describe, expect, it } from 'vitest';
import { publishOfSave } from '../../src/editor/browser/publish-result';

const savedAt = Date.parse('2026-11-28T01:00:00Z');
const record = (at: string, files: string[]) => ({ event: 'published' as const, at, trigger: '', files, seconds: 9, live: 'r', entries: 3, search: 'full' as const, indexSeconds: 1, pages: null, nextAt: null, next: '' });

describe('publishOfSave', () => {
  it('takes a publish that finished after the save and took in the saved file', () => {
    const after = record('2026-11-28T01:00:12Z', ['notices/2026-11-28.md', 'articles/images/a.jpg']);
    expect(publishOfSave(after, savedAt, { kind: 'notices', id: '2026-11-28' })).toBe(after);
    // A new entry: its id is not known after the save, its kind is.
    expect(publishOfSave(after, savedAt, { kind: 'notices' })).toBe(after);
    expect(publishOfSave(after, savedAt, { kind: 'rhymes' })).toBeUndefined();
  });

  it('ignores an earlier publish, a timed one, and one of another entry, even one whose name starts or ends alike', () => {
    expect(publishOfSave(record('2026-11-28T00:59:50Z', ['notices/2026-11-28.md']), savedAt, { kind: 'notices', id: '2026-11-28' })).toBeUndefined();
    expect(publishOfSave(record('2026-11-28T01:00:12Z', []), savedAt, { kind: 'notices', id: '2026-11-28' })).toBeUndefined();
    expect(publishOfSave(record('2026-11-28T01:00:12Z', ['notices/2026-11-28-1.md', 'notices/x-2026-11-28.md']), savedAt, { kind: 'notices', id: '2026-11-28' })).toBeUndefined();
    expect(publishOfSave(null, savedAt, { kind: 'notices', id: '2026-11-28' })).toBeUndefined();
  });
});
