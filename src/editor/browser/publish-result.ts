/**
 * After a save in the local editor (`npm start`), tells the author what the
 * publisher made of it, in the editor itself: 已发布, or 没有发布 with the
 * content check's problems in Chinese — file, line, field — so an author who
 * never opened a terminal sees a mistake and fixes it in the same place. It
 * asks the publisher's status (/_publisher/status.json); where there is none
 * (the published site, saving to a git server), it says nothing.
 */

import type { publishRecord } from '../../publishing/publish-log';

const STATUS_URL = '/_publisher/status.json';
const POLL_MS = 2000;
const GIVE_UP_MS = 180_000;

/** What the publisher says of a publish (src/publishing/publish-log.ts). */
type PublishRecord = ReturnType<typeof publishRecord>;

interface PublisherStatus {
  busy: boolean;
  last: PublishRecord | null;
}

async function status(): Promise<PublisherStatus | undefined> {
  try {
    const response = await fetch(STATUS_URL, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as PublisherStatus) : undefined;
  } catch {
    return undefined;
  }
}

/** A saved entry: its kind's folder, and its id when the editor knows it (a new entry's is not known after its save). */
export interface SavedEntry {
  kind: string;
  id?: string;
}

/** The publish that took in a save: finished after it, with the saved entry's file (or a file of its kind) among its changes. */
export function publishOfSave(record: PublishRecord | null, savedAt: number, saved: SavedEntry): PublishRecord | undefined {
  if (!record || Date.parse(record.at) < savedAt) return undefined;
  const id = (file: string) => (file.split('/').pop() ?? '').replace(/\.[^.]+$/, '');
  return record.files.some((file) => file.startsWith(`${saved.kind}/`) && (!saved.id || id(file) === saved.id)) ? record : undefined;
}

function panel(): HTMLElement {
  const existing = document.getElementById('publish-result');
  if (existing) return existing;
  const box = document.createElement('section');
  box.id = 'publish-result';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  Object.assign(box.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '10000', maxWidth: '560px', maxHeight: '60vh', overflow: 'auto',
    padding: '12px 16px', borderRadius: '6px', boxShadow: '0 2px 12px rgba(0,0,0,.3)', background: '#fff', color: '#1a1a1a', font: '15px/1.6 sans-serif',
  });
  document.body.append(box);
  return box;
}

function show(title: string, detail: string, good: boolean | undefined): void {
  const box = panel();
  box.style.borderLeft = `6px solid ${good === undefined ? '#888' : good ? '#2e7d32' : '#c62828'}`;
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('pre');
  Object.assign(text.style, { whiteSpace: 'pre-wrap', margin: '8px 0 0', font: 'inherit' });
  text.textContent = detail;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '知道了';
  close.addEventListener('click', () => box.remove());
  box.replaceChildren(heading, text, close);
}

/** Follows the publisher until the save is published or refused. */
export async function reportPublish(saved: SavedEntry, savedAt = Date.now()): Promise<void> {
  const first = await status();
  if (!first) return;
  show('已保存，正在检查和发布……', '', undefined);
  const deadline = savedAt + GIVE_UP_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const record = publishOfSave((await status())?.last ?? null, savedAt, saved);
    if (!record) continue;
    if (record.event === 'published') return show('已发布：网站已经更新', `用时 ${record.seconds} 秒。`, true);
    const problems = 'problems' in record ? record.problems : '';
    return show('没有发布：内容有问题，网站仍是上一次的样子', `${problems}\n\n请按上面的提示改好，再保存一次。`, false);
  }
  show('还没有发布', '发布比平时慢，请稍后打开 /_publisher/ 查看发布状态。', undefined);
}
