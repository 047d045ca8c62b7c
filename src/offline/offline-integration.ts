/**
 * Astro hook: after the pages and the status files are written, writes the
 * worker's registration script and the service worker with its precache list
 * (src/offline/precache-list.ts) and its runtime caches' limits
 * (src/offline/runtime-cache-limits.ts) into the built site. Listed after the status
 * files, which say which notices are in force. The dev server has no worker:
 * a page saved from it would hide the next edit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_URL, WORKER_REGISTRATION_URL } from '../site/urls';
import { PRECACHE_BUDGET_BYTES, precachePlan } from './precache-list';
import { bundleBrowserScript } from '../site/browser-bundle';
import { serviceWorkerScript } from './service-worker-script';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function offlineWorker(): AstroIntegration {
  return {
    name: 'offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // First: the precache holds it, with its revision.
        writeFileSync(join(dist, WORKER_REGISTRATION_URL), await bundleBrowserScript(new URL('./browser/register-worker.ts', import.meta.url)));
        const plan = precachePlan(dist);
        const manifest = plan.entries.map(({ url, revision }) => ({ url, revision }));
        writeFileSync(join(dist, SERVICE_WORKER_URL), await serviceWorkerScript(manifest));
        const left = plan.noticesLeftOut.length ? `；另有 ${plan.noticesLeftOut.length} 条有效通告在阅读时保存` : '';
        logger.info(`离线预存：${plan.entries.length} 个文件，${kb(plan.totalBytes)}（上限 ${kb(PRECACHE_BUDGET_BYTES)}），含 ${plan.notices.length} 条有效通告${left}`);
        // Only the core pages can pass the budget (notices are added only within it): worth a maintainer's look, not a failed publish.
        if (plan.totalBytes > PRECACHE_BUDGET_BYTES) logger.warn(`离线预存超出上限：首页、热线、门诊列表和离线页共 ${kb(plan.totalBytes)}`);
      },
    },
  };
}
