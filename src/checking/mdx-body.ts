/**
 * The check of one .mdx body: its syntax (as the build will read it) and what
 * it may contain (data, never code). Problems carry the line in the file.
 */
import type { ContentProblem } from './content-problems';
import { bodyRuleProblems } from './mdx-body-rules';
import { parseMdxBody } from './mdx-syntax';

/** `firstLine` is the line of the file the body starts on (after the front matter). */
export function mdxBodyProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const parsed = parseMdxBody(body, firstLine);
  if ('error' in parsed) return [{ file, field: 'body', line: parsed.error.line, message: parsed.error.message }];
  return bodyRuleProblems(parsed.tree).map(({ line, message }) => ({ file, field: 'body', line: line + firstLine - 1, message }));
}
