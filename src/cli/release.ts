/**
 * `npm run release -- --out DIR`: one publish for deployments driven from
 * outside (CI, a scheduler): checks the content, builds DIR/releases/<id>/,
 * switches DIR/current to it atomically, prunes old releases, and says when
 * the site's output next changes — the moment to run it again. Exit code 1
 * when nothing was published (the live release stays). `--json` for machines.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeNextChange } from '../lifecycle/next-change';
import { publishOnce } from '../publishing/publish-once';
import { sweepReleases } from '../publishing/releases';
import { buildNow, site } from '../site.config';

const { values } = parseArgs({ options: { out: { type: 'string' }, json: { type: 'boolean', default: false } } });
if (!values.out) {
  process.stderr.write('请用 --out 指定发布目录，例如：npm run release -- --out /srv/fangkong\n');
  process.exit(2);
}
const outcome = await publishOnce({ outDir: resolve(values.out), contentDir: site.contentDir, now: buildNow(), verifyWithinDays: site.verifyWithinDays });
if (values.json) {
  process.stdout.write(`${JSON.stringify(outcome.ok ? { ...outcome, next: outcome.next ? { at: outcome.next.at.toISOString(), reasons: outcome.next.reasons } : null } : outcome)}\n`);
} else if (outcome.ok) {
  process.stdout.write(`已发布 ${outcome.release}：用时 ${outcome.seconds} 秒，${outcome.entries} 个条目。${describeNextChange(outcome.next)}\n`);
} else {
  process.stdout.write(`没有发布：${outcome.message}\n原来的版本仍在线。\n`);
}
process.exitCode = outcome.ok ? 0 : 1;
// The releases pruned were set aside; deleted once the outcome is out.
await sweepReleases(resolve(values.out));
