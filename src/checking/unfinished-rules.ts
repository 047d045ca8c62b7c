/**
 * Nothing unfinished publishes: text the scaffolder left for the author to
 * replace (`（请在这里……）`) is an error in any entry that is not a draft — a
 * scheduled one would go out by itself at its date. A draft may keep it.
 */
import { readFileSync } from 'node:fs';
import type { ContentProblem } from './content-problems';
import type { CheckedEntry } from './content-rules';

/** The scaffolder (`npm run new`) marks text the author still has to write with this. */
export const PLACEHOLDER_MARK = '（请在这里';

export const UNFINISHED_MESSAGE = '正文里还有“（请在这里……）”的占位文字，不能发布：请换成真正的内容；还没写完的，先写上 draft: true（草稿不会发布）';

export function unfinishedProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.data.draft !== true && entry.body.includes(PLACEHOLDER_MARK))
    .map((entry) => {
      // The line in the file, front matter included: where the author's editor jumps to.
      const text = readFileSync(entry.absPath, 'utf8');
      const at = text.indexOf(PLACEHOLDER_MARK, text.length - entry.body.length);
      return {
        file: entry.file,
        field: 'body',
        line: at >= 0 ? text.slice(0, at).split('\n').length : undefined,
        message: UNFINISHED_MESSAGE,
      };
    });
}
