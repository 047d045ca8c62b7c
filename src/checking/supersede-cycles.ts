/**
 * Notices that replace each other in a ring (A supersedes B, B supersedes A, or
 * longer): every one of them would read 已被替代, and the chain a saved page follows
 * to the notice in force (src/lifecycle/notice-chain.ts) would never end.
 * A notice that lists itself is told apart in content-rules.ts.
 */
import type { ContentProblem } from './content-problems';
import type { CheckedEntry } from './content-rules';

/** The ring through `start`, as ids from it back to it, or undefined when it is on none. */
function ringThrough(start: string, replaces: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const path: string[] = [start];
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    for (const next of replaces.get(id) ?? []) {
      if (next === id) continue;
      if (next === start) {
        path.push(next);
        return true;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  return walk(start) ? path : undefined;
}

/** One problem on each notice that is part of a ring, at its `supersedes` field. */
export function supersedeCycleProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  const notices = entries.filter((entry) => entry.kind === 'notices');
  const replaces = new Map(notices.map((notice) => [notice.id, (notice.data.supersedes ?? []) as string[]]));
  return notices.flatMap((notice) => {
    const ring = ringThrough(notice.id, replaces);
    if (!ring) return [];
    return [{ file: notice.file, field: 'supersedes', line: notice.lineOf(['supersedes']), message: `替代关系绕成了圈：${ring.join(' → ')}；每份通告只能替代比它早的通告，请检查 supersedes` }];
  });
}
