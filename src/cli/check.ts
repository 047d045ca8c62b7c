/**
 * `npm run check`: checks the whole content folder in seconds, without
 * building the site — every error (the build would stop on it) and every
 * warning (worth a look before publishing). `--json` for other tools.
 */
import { resolve } from 'node:path';
import { checkContentFolder } from '../checking/content-check';
import { formatProblems, type ContentProblem } from '../checking/content-problems';
import { contentWarnings } from '../checking/content-warnings';
import { buildNow, site } from '../site.config';

const json = process.argv.includes('--json');
const root = resolve(site.contentDir, '..');
const { problems, entries } = checkContentFolder(site.contentDir, root);
const warnings = contentWarnings(entries, buildNow(), site.verifyWithinDays, { sampleData: site.sampleData });

function list(title: string, items: ContentProblem[]): string {
  return items.length ? `${title}\n${formatProblems(items).split('\n').slice(2).join('\n')}\n` : '';
}

if (json) {
  process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, entries: entries.length, errors: problems, warnings }, null, 2)}\n`);
} else if (problems.length) {
  process.stdout.write(`${formatProblems(problems)}\n\n${list(`另有 ${warnings.length} 条提醒：`, warnings)}`);
} else {
  process.stdout.write(`内容检查通过：${entries.length} 个条目，没有错误。\n${warnings.length ? `\n${list(`有 ${warnings.length} 条提醒（不影响发布，但建议看一看）：`, warnings)}` : ''}`);
}
process.exitCode = problems.length ? 1 : 0;
