/** Which publish the web editor reports after a save: the first one after it that took in the saved file. */
import { describe, expect, it } from 'vitest';
import { publishOfSave } from '../../src/editor/browser/publish-result';

const savedAt = Date.parse('2026-11-28T01:00:00Z');
const record = (at: string, trigger: string) => ({ event: 'published' as const, at, trigger, seconds: 9 });

describe('publishOfSave', () => {
  it('takes a publish that finished after the save and names the saved file', () => {
    const after = record('2026-11-28T01:00:12Z', 'notices/2026-11-28-0900.md 有改动');
    expect(publishOfSave(after, savedAt, '2026-11-28-0900.md')).toBe(after);
  });

  it('ignores an earlier publish, a timed one, and one for another file', () => {
    expect(publishOfSave(record('2026-11-28T00:59:50Z', 'notices/2026-11-28-0900.md 有改动'), savedAt, '2026-11-28-0900.md')).toBeUndefined();
    expect(publishOfSave(record('2026-11-28T01:00:12Z', '到时自动发布：第4号通告 生效'), savedAt, '2026-11-28-0900.md')).toBeUndefined();
    expect(publishOfSave(record('2026-11-28T01:00:12Z', 'articles/x.md 有改动'), savedAt, '2026-11-28-0900.md')).toBeUndefined();
    expect(publishOfSave(null, savedAt, '2026-11-28-0900.md')).toBeUndefined();
  });

  it('takes a publish of many files at once, whose list is cut short', () => {
    const many = record('2026-11-28T01:00:12Z', 'notices/a.md、notices/b.md、notices/c.md 等 5 个文件 有改动');
    expect(publishOfSave(many, savedAt, '2026-11-28-0900.md')).toBe(many);
  });
});
