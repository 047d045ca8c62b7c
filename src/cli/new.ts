/**
 * `npm run new`: makes a new notice, article, rhyme, hotline or clinic file
 * with every required field filled, or supersedes / withdraws a notice —
 * asking in Chinese, or from flags (`npm run new -- --help`). Whatever it
 * writes is checked at once and taken back if it has a problem.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as p from '@clack/prompts';
import { isoDay } from '../lifecycle/beijing-time';
import { draftFromAnswers } from '../scaffold/answers';
import { parseFlags, USAGE } from '../scaffold/flags';
import { readContentFolder } from '../scaffold/folder';
import { askDraft, Cancelled } from '../scaffold/interactive';
import { AnswerError } from '../scaffold/notice-actions';
import { carryOut, plan } from '../scaffold/plan';
import { failureLines, successLines } from '../scaffold/report';
import { FrontMatterError } from '../scaffold/withdraw';
import { buildNow, site } from '../site.config';

/** Exit codes: 0 written, 1 written but taken back (the check found problems), 2 nothing written (bad or missing input). */
async function main(): Promise<number> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) return void console.log(USAGE), 0;
  const contentDir = flags.content ? resolve(flags.content) : site.contentDir;
  if (!existsSync(contentDir)) throw new AnswerError(`找不到内容文件夹 ${contentDir}`);
  const folder = readContentFolder(contentDir);
  const now = buildNow();
  const interactive = !flags.yes && process.stdin.isTTY && process.stdout.isTTY;
  const draft = interactive ? await askDraft(flags.answers, folder, isoDay(now), now) : draftFromAnswers(flags.answers, folder, isoDay(now));
  const planned = plan(draft, folder);
  const outcome = carryOut(planned, folder);
  const lines = outcome.ok ? successLines(draft, planned, outcome, now) : failureLines(planned, outcome);
  if (interactive) (outcome.ok ? p.outro : p.cancel)(lines.join('\n'));
  else (outcome.ok ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  return outcome.ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof Cancelled) {
      p.cancel(error.message || '已取消，什么也没写。');
      process.exitCode = 0;
    } else if (error instanceof AnswerError || error instanceof FrontMatterError) {
      process.stderr.write(`没有新建任何文件：${error.message}\n`);
      process.exitCode = 2;
    } else throw error;
  },
);
