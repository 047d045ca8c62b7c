/**
 * "Opens nothing it cannot validate": every file the scaffolder writes or
 * edits is checked with the rest of the folder straight away, and taken back
 * if the check finds a problem it caused — a new file is deleted, an edited
 * file gets its old text back.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkContentFolder } from '../checking/content-check';
import type { ContentProblem } from '../checking/content-problems';
import { UNFINISHED_MESSAGE } from '../checking/unfinished-rules';
import type { ContentFolder } from './folder';

export interface Outcome {
  ok: boolean;
  absPath: string;
  /** Problems the change caused (when not ok, the change was taken back). */
  problems: ContentProblem[];
  /** Problems that were already in the folder before, in other files. */
  earlierProblems: ContentProblem[];
}

const problemKey = (p: ContentProblem) => `${p.file}|${p.field ?? ''}|${p.message}`;

function checked(folder: ContentFolder, absPath: string, undo: () => void): Outcome {
  const before = new Set(folder.check.problems.map(problemKey));
  let after: ContentProblem[];
  try {
    after = checkContentFolder(folder.dir, folder.displayRoot).problems;
  } catch (error) {
    undo();
    throw error;
  }
  // The placeholder text the scaffolder writes is the author's next step, not a mistake to take back.
  const problems = after.filter((p) => !before.has(problemKey(p)) && p.message !== UNFINISHED_MESSAGE);
  if (problems.length) undo();
  return { ok: problems.length === 0, absPath, problems, earlierProblems: after.filter((p) => before.has(problemKey(p))) };
}

/** Folders between `root` and `dir` that do not exist yet, deepest last. */
function missingFolders(dir: string, root: string): string[] {
  const missing: string[] = [];
  for (let d = dir; d.startsWith(root) && d !== root && !existsSync(d); d = dirname(d)) missing.unshift(d);
  return missing;
}

/** Writes a new file (never over an existing one), checks, and deletes it again if it has problems. */
export function createChecked(folder: ContentFolder, absPath: string, text: string): Outcome {
  const created = missingFolders(dirname(absPath), folder.dir);
  mkdirSync(dirname(absPath), { recursive: true });
  writeFileSync(absPath, text, { flag: 'wx' });
  return checked(folder, absPath, () => {
    unlinkSync(absPath);
    for (const dir of created.reverse()) rmdirSync(dir);
  });
}

/** Rewrites an existing file, checks, and puts the old text back if it has problems. */
export function editChecked(folder: ContentFolder, absPath: string, text: string): Outcome {
  const original = readFileSync(absPath);
  writeFileSync(absPath, text);
  return checked(folder, absPath, () => writeFileSync(absPath, original));
}
