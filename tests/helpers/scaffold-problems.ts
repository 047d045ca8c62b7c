import type { ContentProblem } from '../../src/checking/content-problems';
import { UNFINISHED_MESSAGE } from '../../src/checking/unfinished-rules';

/**
 * A new Markdown entry carries the scaffolder's placeholder text until its author writes the body: the
 * check refuses to publish it (the one expected problem). Everything else must be clean.
 */
export const mistakes = (problems: readonly ContentProblem[]) => problems.filter((problem) => problem.message !== UNFINISHED_MESSAGE);
export const unfinishedFiles = (problems: readonly ContentProblem[]) => problems.filter((problem) => problem.message === UNFINISHED_MESSAGE).map((problem) => problem.file);
