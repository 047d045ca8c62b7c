/**
 * The publisher's own page for the office (`/_publisher/`): what is live, what
 * the last publish did and why it was refused, when the next timed publish is.
 * Plain HTML that refreshes itself, no script.
 */
import { formatDateTime } from '../lifecycle/beijing-time';
import { escapeHtml } from '../site/html-escape';
import { publishRecord } from './publish-log';
import type { PublisherState, PublishReport } from './publisher';

/** The state as JSON (`/_publisher/status.json`). */
export function publisherStatus(state: PublisherState) {
  return {
    busy: state.busy,
    live: state.live ?? null,
    last: state.last ? publishRecord(state.last) : null,
    lastGood: state.lastGood ? publishRecord(state.lastGood) : null,
  };
}

function section(title: string, report: PublishReport | undefined): string {
  if (!report) return '';
  const { outcome } = report;
  const verdict = outcome.ok ? '已发布' : report.fromSnapshot ? '新改动没有发布（按上次通过检查的内容更新了时间）' : '没有发布';
  const detail = outcome.ok ? '' : `<pre>${escapeHtml(outcome.message)}</pre>`;
  return `<h2>${title}</h2><p><strong>${verdict}</strong>：${escapeHtml(report.trigger)}，用时 ${outcome.seconds} 秒。</p>${detail}`;
}

export function statusPage(state: PublisherState, now = new Date()): string {
  const refused = state.last && !state.last.outcome.ok;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="10"><title>发布状态</title></head>
<body>
<h1>发布状态${refused ? '：有问题要处理' : ''}</h1>
<p>现在：${formatDateTime(now)}（北京时间）。${state.busy ? '正在发布……' : ''}</p>
<p>网站当前版本：${state.live ? escapeHtml(state.live) : '还没有发布过'}</p>
${section('最近一次', state.last)}
${state.last !== state.lastGood ? section('最近一次成功发布', state.lastGood) : ''}
<p>${escapeHtml(state.lastGood?.nextWhy ?? '')}</p>
<p><a href="/">打开网站</a></p>
</body></html>`;
}
