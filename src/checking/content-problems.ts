/**
 * Problems found in authors' files, and how they are told: file, line, field,
 * what is wrong and what to do, in Chinese.
 */
import { FIELD_LABELS } from '../content-model/field-labels';

export interface ContentProblem {
  /** Path relative to the project (or the content folder's parent), e.g. `content/notices/x.md`. */
  file: string;
  /** Dotted field path, e.g. `withdrawn.date` or `phones.1`. */
  field?: string;
  line?: number;
  message: string;
}

/** `phones.1` → `phones（电话）第 2 项`. */
export function describeField(field: string): string {
  const parts = field.split('.');
  return parts
    .map((part, index) => {
      if (/^\d+$/.test(part)) return `第 ${Number(part) + 1} 项`;
      const label = FIELD_LABELS[part];
      return label && (index === 0 || /^\d+$/.test(parts[index - 1] ?? '')) ? `${part}（${label}）` : part;
    })
    .join(' ');
}

function describeOne(problem: ContentProblem): string {
  const where = [problem.line ? `第 ${problem.line} 行` : '', problem.field ? `字段 ${describeField(problem.field)}` : '']
    .filter(Boolean)
    .join('，');
  return `  · ${where ? `${where}：` : ''}${problem.message}`;
}

/**
 * Every problem, grouped by file, as one message an author can work through. `subject` is what holds the
 * problems: the content files, or the settings.
 */
export function formatProblems(problems: readonly ContentProblem[], subject: '内容文件' | '设置' = '内容文件'): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const files = [...byFile.keys()].sort();
  const sections = files.map((file) => {
    const list = (byFile.get(file) ?? []).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return [file, ...list.map(describeOne)].join('\n');
  });
  const count = subject === '内容文件' ? `${problems.length} 处问题（${files.length} 个文件）` : `${problems.length} 处问题`;
  return `${subject}有 ${count}，网站没有生成，什么也没有发布。请逐条修改：\n\n${sections.join('\n\n')}`;
}

/**
 * Warnings as build-log lines, at most `perField` for each field: a thousand
 * 没有写摘要 lines would bury the one that matters. The rest are counted, and
 * `npm run check` lists them all.
 */
export function warningLines(warnings: readonly ContentProblem[], perField = 5): string[] {
  const byField = new Map<string, ContentProblem[]>();
  for (const warning of warnings) {
    const field = (warning.field ?? '').replace(/\.\d+(?=\.|$)/g, '');
    const list = byField.get(field);
    if (list) list.push(warning);
    else byField.set(field, [warning]);
  }
  return [...byField].flatMap(([field, list]) => {
    const shown = list.slice(0, perField).map((w) => `${w.file}${w.line ? `:${w.line}` : ''} ${w.field ?? ''}：${w.message}`);
    const more = list.length - shown.length;
    return more > 0 ? [...shown, `……另有 ${more} 条${field ? ` ${describeField(field)} ` : ''}提示没有列出，运行 npm run check 可以看到全部`] : shown;
  });
}
