/**
 * One line per publish, in Chinese for the office (what changed, how long it
 * took, when the next timed publish is), or one JSON object per line for
 * machines (`--json`).
 */
import { formatDateTime } from '../lifecycle/beijing-time';
import type { SearchIndexReport } from './complete-search-index';
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
    ...(outcome.ok
      ? { entries: outcome.entries, search: outcome.searchIndex, indexSeconds: outcome.indexSeconds, pages: outcome.pages ?? null }
      : { stage: outcome.stage, problems: outcome.message }),
    nextAt: report.nextAt?.toISOString() ?? null,
    next: report.nextWhy,
  };
}

/** What a publish did, as the office reads it. */
export function publishLine(report: PublishReport, at = report.at): string {
  const time = `[${formatDateTime(at)}]`;
  const { outcome } = report;
  const search = outcome.ok && outcome.searchIndex === 'delta' ? '搜索先用增量索引，完整索引随后在后台补上。' : '';
  const pages = outcome.ok && outcome.pages?.reused ? `条目、地区和月份页重新生成 ${outcome.pages.rendered} 个，其余 ${outcome.pages.reused} 个没有变化、沿用上一版。` : '';
  if (outcome.ok) return `${time} 已发布（${report.trigger}）：用时 ${outcome.seconds} 秒，${outcome.entries} 个条目。${pages}${search}${report.nextWhy}`;
  const kept = report.fromSnapshot
    ? '已按上次通过检查的内容重新生成到现在的时间（通告状态照常更新），改好后会自动发布新改动。'
    : report.live
      ? `网站仍是上次发布的版本（${report.live}），改好保存后会自动重新发布。`
      : '网站还没有发布过，改好保存后会自动发布。';
  return `${time} 没有发布新改动（${report.trigger}）：\n${outcome.message}\n${kept}${report.fromSnapshot ? report.nextWhy : ''}`;
}

/** What the background full search index did, as machines read it. */
export function searchIndexRecord(report: SearchIndexReport) {
  const { outcome } = report;
  return {
    event: outcome.done ? 'search-index-completed' : outcome.why === 'newer-publish' ? 'search-index-deferred' : 'search-index-failed',
    at: report.at.toISOString(),
    from: report.from,
    seconds: outcome.seconds,
    ...(outcome.done ? { live: outcome.release, indexSeconds: outcome.indexSeconds } : outcome.message ? { problems: outcome.message } : {}),
  };
}

/** What the background full search index did, as the office reads it. */
export function searchIndexLine(report: SearchIndexReport): string {
  const time = `[${formatDateTime(report.at)}]`;
  const { outcome } = report;
  if (outcome.done) return `${time} 已补全搜索索引：用时 ${outcome.seconds} 秒，发布为版本 ${outcome.release}（页面与 ${report.from} 相同）。`;
  if (outcome.why === 'newer-publish') return `${time} 有新的改动要发布，暂停补全搜索索引；新改动发布后再补全。`;
  return `${time} 补全搜索索引没有成功，网站仍用增量索引（搜索结果是对的），下次发布时再试：\n${outcome.message ?? ''}`;
}
