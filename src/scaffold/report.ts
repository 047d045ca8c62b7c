/** What the author is told after a run: where the file is, what to do next, or what was wrong. */
import { isAbsolute, relative } from 'node:path';
import { formatDateTime, parseContentDate } from '../lifecycle/beijing-time';
import { describeField, type ContentProblem } from '../checking/content-problems';
import { hasBody } from '../content-model/kinds';
import type { Outcome } from './apply';
import type { EntryDraft, WithdrawDraft } from './drafts';
import type { Planned } from './plan';
import { seriesNoInTitle } from './series';

/** The path as the author would type it from where they ran the command. */
export function shownPath(absPath: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absPath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : absPath;
}

export function problemLines(problems: readonly ContentProblem[]): string[] {
  return problems.map((p) => {
    const where = [p.line ? `第 ${p.line} 行` : '', p.field ? `字段 ${describeField(p.field)}` : ''].filter(Boolean).join('，');
    return `  · ${p.file}${where ? ` ${where}` : ''}：${p.message}`;
  });
}

const NEXT_STEPS = ['运行 npm run check 检查所有内容', '运行 npm run dev，在浏览器里看看效果'];

/** A draft or a date still to come keeps the entry off the site: say so, so nobody waits for it. */
function publicationNotes(draft: EntryDraft, now: Date): string[] {
  if ('draft' in draft && draft.draft) return ['这是草稿（draft: true），不会发布；写好后删去 draft 那一行。'];
  const date = draft.kind === 'notice' ? draft.issued : draft.kind === 'article' || draft.kind === 'rhyme' ? draft.published : undefined;
  const when = date ? parseContentDate(date) : undefined;
  return when && when > now ? [`发布日期 ${formatDateTime(when)} 还没到：到那时才会出现在网站上（定时发布）。`] : [];
}

/** Lines telling the author what happened and what to do next. */
export function successLines(draft: EntryDraft | WithdrawDraft, planned: Planned, outcome: Outcome, now: Date): string[] {
  const path = shownPath(planned.absPath);
  const lines: string[] = [];
  if (draft.kind === 'withdraw') {
    lines.push(`已撤销：在 ${path} 里加上了 withdrawn（${draft.date}，${draft.reason}），别的内容一字没改。`);
    lines.push('这份通告仍留在原来的网址，页面上会标明“已撤销”。', '', '下一步：', ...NEXT_STEPS.map((step, i) => `  ${i + 1}. ${step}`));
  } else {
    lines.push(`已新建：${path}`);
    const stated = draft.kind === 'notice' ? seriesNoInTitle(draft.title) : undefined;
    if (draft.kind === 'notice' && stated !== undefined && stated !== draft.seriesNo) {
      lines.push(`请核对：标题里写的是第${stated}号，序号（seriesNo）却是${draft.seriesNo ? `第${draft.seriesNo}号` : '空的'}。`);
    }
    if (draft.kind === 'notice' && draft.supersedes?.length) {
      lines.push(`它替代「${draft.supersedes.join('、')}」。旧通告的文件不用改：新通告发布后，旧的会自动显示“已被替代”并链接到新的。`);
    }
    lines.push(...publicationNotes(draft, now));
    const fill = !hasBody(planned.kind) ? '核对各项，需要的可选项去掉行首的“# ”再填写' : '打开它，把带“（请在这里……）”的几行换成真正的正文（换好之前，检查会报错，它也不会发布）';
    lines.push('', '下一步：', ...[fill, ...NEXT_STEPS].map((step, i) => `  ${i + 1}. ${step}`));
  }
  if (outcome.earlierProblems.length) {
    lines.push('', `另外：内容文件夹里原来就有 ${outcome.earlierProblems.length} 处问题（在别的文件里，不是这次造成的），运行 npm run check 可以看到。`);
  }
  return lines;
}

export function failureLines(planned: Planned, outcome: Outcome): string[] {
  const what = planned.edit ? `${shownPath(planned.absPath)} 已经恢复原样` : '新文件已经删掉，什么也没留下';
  return [`没有保存：这样写会有 ${outcome.problems.length} 处问题，${what}。`, ...problemLines(outcome.problems), '', '请改正后再运行一次 npm run new。'];
}
