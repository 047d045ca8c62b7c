/**
 * One line per publish, in Chinese for the office (what changed, how long it
 * took, when the next timed publish is), or one JSON object per line for
 * machines (`--json`).
 */
import { formatDateTime } from '../lifecycle/beijing-time';
import type { PublishReport } from './publisher';

/** What a publish did, as machines read it. */
export function publishRecord(report: PublishReport, at = report.at) {
  const { outcome } = report;
  return {
    event: outcome.ok ? 'published' : report.fromSnapshot ? 'republished-last-good' : 'refused',
    at: at.toISOString(),
    trigger: report.trigger,
    files: report.files,
    seconds: outcome.seconds,
    live: report.live ?? null,
    ...(outcome.ok ? { entries: outcome.entries } : { stage: outcome.stage, problems: outcome.message }),
    nextAt: report.nextAt?.toISOString() ?? null,
    next: report.nextWhy,
  };
}

/** What a publish did, as the office reads it. */
export function publishLine(report: PublishReport, at = report.at): string {
  const time = `[${formatDateTime(at)}]`;
  const { outcome } = report;
  if (outcome.ok) return `${time} 已发布（${report.trigger}）：用时 ${outcome.seconds} 秒，${outcome.entries} 个条目。${report.nextWhy}`;
  const kept = report.fromSnapshot
    ? '已按上次通过检查的内容重新生成到现在的时间（通告状态照常更新），改好后会自动发布新改动。'
    : report.live
      ? `网站仍是上次发布的版本（${report.live}），改好保存后会自动重新发布。`
      : '网站还没有发布过，改好保存后会自动发布。';
  return `${time} 没有发布新改动（${report.trigger}）：\n${outcome.message}\n${kept}${report.fromSnapshot ? report.nextWhy : ''}`;
}
