/** Turns Zod's validation issues into problems an author can act on. */
import type { z } from 'astro/zod';
import { FIELD_LABELS } from '../content-model/field-labels';
import type { ContentProblem } from './content-problems';
import type { ParsedSource } from './content-source';
import { closestWord } from './edit-distance';

function suggestField(unknown: string): string | undefined {
  return closestWord(unknown, Object.keys(FIELD_LABELS));
}

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return '缺少这个必填字段，请补上';
  return issue.message;
}

/** One problem per issue; unknown fields get a "did you mean" hint. */
export function zodIssuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  source: Pick<ParsedSource, 'lineOf'>,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key].map(String);
        const suggestion = suggestField(key);
        return {
          file,
          field: path.join('.'),
          line: source.lineOf(path),
          message: `内容规范里没有「${key}」这个字段${suggestion ? `，是不是想写「${suggestion}」？` : '，请删去或改成规范里的字段名'}（写错的字段不会生效，所以先停下来）`,
        };
      });
    }
    const path = issue.path.map(String);
    return [{ file, field: path.join('.') || undefined, line: source.lineOf(path), message: messageFor(issue) }];
  });
}
