/**
 * What the web editor offers to pick from, read from the content folder at
 * build time: its regions, and its published notices (newest first) for
 * 替代的通告 and 相关通告. Only published ones: the editor's configuration is
 * a file of the public site, and a draft's title must appear nowhere there.
 * The editor's page is rebuilt with every publish, so a notice saved in the
 * editor is offered from the publish that makes it public.
 */
import type { ContentCheck } from '../checking/content-check';
import { isoDay } from '../lifecycle/beijing-time';
import { publishedNewestFirst, type Publishable } from '../lifecycle/publish';
import type { EditorChoices } from './cms-config';

export function editorChoices(check: Pick<ContentCheck, 'entries' | 'regions'>, now: Date): EditorChoices {
  const notices = check.entries.filter((entry) => entry.kind === 'notices').map((entry) => ({ id: entry.id, data: entry.data as Publishable & { title?: unknown } }));
  return {
    regions: check.regions.map((region) => ({ label: `${region.name}（${region.id}）`, value: region.id })),
    notices: publishedNewestFirst(notices, now).map(({ id, data }) => ({ label: `${data.issued ? `${isoDay(data.issued)} ` : ''}${String(data.title ?? id)}`, value: id })),
  };
}
